import { toCsv } from "~/lib/csv";
import { participantCells } from "~/lib/participants-csv";
import { readMeeting } from "~/server/public-reads";
import { download, readOr404 } from "~/server/open-data";

// Rendered on first request, then cached until its tags are revalidated (see server/cached.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const HEADER = [
  "protocol_order",
  "person",
  "person_slug",
  "post",
  "title_as_stated",
  "category",
  "role",
  "mode",
  "country_iso2",
  "organization",
  "licence",
];

/** A meeting's participants in protocol order, one row each. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return readOr404(
    "meeting",
    () => readMeeting(slug),
    (detail) =>
      download(
        toCsv(HEADER, detail.participations.map(participantCells)),
        "text/csv; charset=utf-8; header=present",
        `${slug}-participants.csv`,
      ),
  );
}
