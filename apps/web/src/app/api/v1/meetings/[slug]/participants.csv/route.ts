import { toCsv } from "~/lib/csv";
import { LICENCE } from "~/lib/licence";
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
        toCsv(
          HEADER,
          detail.participations.map(({ participation, person, post, country, organization }) => [
            participation.protocolOrder,
            person.nameI18n.en,
            person.slug,
            post?.labelI18n.en,
            participation.titleAsStated,
            participation.category,
            participation.role,
            participation.mode,
            country?.iso2,
            organization?.nameI18n.en,
            LICENCE.name,
          ]),
        ),
        "text/csv; charset=utf-8; header=present",
        `${slug}-participants.csv`,
      ),
  );
}
