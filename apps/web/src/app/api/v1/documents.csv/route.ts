import { connection } from "next/server";
import { toCsv } from "~/lib/csv";
import { LICENCE } from "~/lib/licence";
import { readDocumentsPage } from "~/server/public-reads";
import { download } from "~/server/open-data";

const HEADER = [
  "slug",
  "title",
  "type",
  "action",
  "date_adopted",
  "valid_from",
  "valid_to",
  "adopting_body",
  "meeting",
  "licence",
];

/** Every published document, one row each. */
export async function GET() {
  await connection();
  const rows: (string | null | undefined)[][] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await readDocumentsPage(String(offset));
    rows.push(
      ...page.items.map(({ document, adoptingBody, meeting }) => [
        document.slug,
        document.titleI18n.en,
        document.type,
        document.action,
        document.dateAdopted,
        document.validFrom,
        document.validTo,
        adoptingBody?.nameI18n.en,
        meeting?.slug,
        LICENCE.name,
      ]),
    );
    if (page.items.length === 0 || rows.length >= page.total) break;
  }
  return download(toCsv(HEADER, rows), "text/csv; charset=utf-8; header=present", "documents.csv");
}
