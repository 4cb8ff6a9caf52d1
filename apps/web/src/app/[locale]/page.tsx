import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { connection } from "next/server";
import { MeetingCard } from "~/components/meeting-card";
import { alternatesFor } from "~/lib/alternates";
import { api } from "~/server/api";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternatesFor("/", locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection(); // rendered per request: the database is not there at build time
  const t = await getTranslations("Home");
  const { items, total } = await api().meeting.list({ limit: 20, offset: 0 });
  return (
    <>
      <h1>{t("title")}</h1>
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {items.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
          {total > items.length ? <p className="muted">{t("more", { shown: items.length, total })}</p> : null}
        </>
      )}
    </>
  );
}
