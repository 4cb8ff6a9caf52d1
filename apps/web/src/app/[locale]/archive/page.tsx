import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { pageMetadata } from "~/lib/page-metadata";
import { readArchiveYears } from "~/server/public-reads";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Archive" });
  return pageMetadata({ locale, path: "/archive", title: t("title") });
}

export default async function ArchivePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Archive");
  const years = await readArchiveYears();
  return (
    <>
      <h1>{t("title")}</h1>
      <ul className="archive-years">
        {years.map(({ year, count }) => (
          <li key={year}>
            <Link href={`/archive/${year}`}>{year}</Link>{" "}
            <span className="muted">({t("count", { count })})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
