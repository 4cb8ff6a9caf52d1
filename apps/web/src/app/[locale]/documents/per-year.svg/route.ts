import { chartResponse } from "~/lib/chart-route";
import { documentsPerYear, documentsPerYearSvg } from "~/lib/documents-per-year";
import { readDocumentsPerYear } from "~/server/public-reads";

// Documents adopted per year by type, as an image of its own (the registry shows it with <img> beside a table of
// the same counts). Rendered on first request, then cached until its tags are revalidated, per language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return chartResponse(locale, "documents", readDocumentsPerYear, (registry, language, t) =>
    documentsPerYearSvg(documentsPerYear(registry.perYear), language, {
      title: t("documentsTitle"),
      segment: (year, type, count) => t("documentsSegment", { year, type, count }),
      empty: t("documentsEmpty"),
    }),
  );
}
