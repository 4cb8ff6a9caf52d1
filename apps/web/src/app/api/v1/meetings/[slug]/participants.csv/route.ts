import { toCsv } from "~/lib/csv";
import { PARTICIPANT_COLUMNS, participantCells } from "~/lib/participants-csv";
import { readMeeting } from "~/server/public-reads";
import { download, readOr404 } from "~/server/open-data";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** A meeting's participants in protocol order, one row each. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "meeting",
    () => readMeeting(slug),
    (detail) =>
      download(
        toCsv(PARTICIPANT_COLUMNS, detail.participations.map(participantCells)),
        "text/csv; charset=utf-8; header=present",
        `${slug}-participants.csv`,
      ),
  );
}
