import { inLocale } from "~/lib/locale";
import { recordChart } from "~/lib/chart-route";
import { documentsPerYear, documentsPerYearSvg } from "~/lib/documents-per-year";
import { readOrganization } from "~/server/public-reads";

// The documents an organization and its bodies adopted, per year by type, as an image of its own (the organization
// page shows it with <img> beside a table of the same counts). Rendered on first request, then cached until its
// tags are revalidated (a document's change revalidates its adopting body's page and the ones above), per language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export const GET = recordChart("organization", readOrganization, (profile, language, t) =>
  documentsPerYearSvg(documentsPerYear(profile.documentsPerYear), language, {
    title: t("organizationDocumentsTitle", { name: inLocale(profile.organization.nameI18n, language) }),
    segment: (year, type, count) => t("documentsSegment", { year, type, count }),
    empty: t("documentsEmpty"),
  }),
);
