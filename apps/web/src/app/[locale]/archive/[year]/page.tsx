import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingList } from "~/components/meeting-list";
import { pageMetadata } from "~/lib/page-metadata";
import { readArchiveYear } from "~/server/public-reads";
import { orNotFound } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; year: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params;
  const t = await getTranslations({ locale, namespace: "Archive" });
  return pageMetadata({ locale, path: `/archive/${year}`, title: t("year", { year }) });
}

export default async function ArchiveYearPage({ params }: Props) {
  const { locale, year } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Archive");
  const meetings = await orNotFound(readArchiveYear(year));
  return (
    <>
      <h1>{t("year", { year })}</h1>
      <MeetingList meetings={meetings} empty={t("none")} headingLevel={2} />
    </>
  );
}
