import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MeetingCard } from "~/components/meeting-card";
import { SearchForm } from "~/components/search-form";
import { Text } from "~/components/text";
import { Link } from "~/i18n/navigation";
import { alternatesFor } from "~/lib/alternates";
import { readLatestMeetings, readTopLevelOrganizations } from "~/server/public-reads";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternatesFor("/", locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const [{ items, total }, organizations] = await Promise.all([
    readLatestMeetings(),
    readTopLevelOrganizations(),
  ]);
  const topLevel = organizations.items.filter((organization) => !organization.parentId);
  return (
    <>
      <SearchForm id="home-search" />
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
      {topLevel.length > 0 ? (
        <section aria-labelledby="organizations">
          <h2 id="organizations">{t("organizations")}</h2>
          <ul>
            {topLevel.map((organization) => (
              <li key={organization.id}>
                <Link href={`/organizations/${organization.slug}`}>
                  <Text value={organization.nameI18n} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
