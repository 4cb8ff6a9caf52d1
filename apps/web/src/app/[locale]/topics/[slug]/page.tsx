import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { JsonLd } from "~/components/json-ld";
import { webPageLd } from "~/lib/json-ld";
import { siteUrl } from "~/server/site-url";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { DocumentList } from "~/components/document-list";
import { MeetingList } from "~/components/meeting-list";
import { Text } from "~/components/text";
import { Link } from "~/i18n/navigation";
import { inLocale } from "~/lib/locale";
import { pageMetadata } from "~/lib/page-metadata";
import { readTopic } from "~/server/public-reads";
import { findRecord, recordOrRedirect } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

const findTopic = cache((slug: string) => findRecord(readTopic(slug), "topic", slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findTopic(slug);
  // An old slug or an unknown one: the page answers (a redirect or the 404 page), once.
  if (found.kind !== "found") return {};
  const { topic } = found.record;
  return pageMetadata({ locale, path: `/topics/${slug}`, title: inLocale(topic.labelI18n, locale) });
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Topics");
  const { topic, parent, children, meetings, documents } = recordOrRedirect(await findTopic(slug), {
    locale,
    section: "topics",
  });
  return (
    <article className="profile">
      <h1>
        <Text value={topic.labelI18n} />
      </h1>
      {parent ? (
        <p>
          {t("parent")}:{" "}
          <Link href={`/topics/${parent.slug}`}>
            <Text value={parent.labelI18n} />
          </Link>
        </p>
      ) : null}
      {children.length > 0 ? (
        <section aria-labelledby="subtopics">
          <h2 id="subtopics">{t("subtopics")}</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/topics/${child.slug}`}>
                  <Text value={child.labelI18n} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="meetings">
        <h2 id="meetings">{t("meetings")}</h2>
        <MeetingList meetings={meetings} empty="—" />
      </section>
      {documents.length > 0 ? (
        <section aria-labelledby="documents">
          <h2 id="documents">{t("documents")}</h2>
          <DocumentList documents={documents} locale={locale} />
        </section>
      ) : null}
      <JsonLd
        data={webPageLd({
          url: siteUrl(`/${locale}/topics/${topic.slug}`),
          name: inLocale(topic.labelI18n, locale),
          locale,
          mainEntity: {
            "@type": "DefinedTerm",
            url: siteUrl(`/${locale}/topics/${topic.slug}`),
            name: inLocale(topic.labelI18n, locale),
          },
        })}
      />
    </article>
  );
}
