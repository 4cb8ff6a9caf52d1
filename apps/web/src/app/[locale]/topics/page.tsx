import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Text } from "~/components/text";
import { Link } from "~/i18n/navigation";
import { pageMetadata } from "~/lib/page-metadata";
import { readTopics } from "~/server/public-reads";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Topics" });
  return pageMetadata({ locale, path: "/topics", title: t("title") });
}

export default async function TopicsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Topics");
  const topics = await readTopics();
  return (
    <>
      <h1>{t("title")}</h1>
      <ul className="topic-index">
        {topics.map(({ topic, meetings, documents }) => (
          <li key={topic.id}>
            <Link href={`/topics/${topic.slug}`}>
              <Text value={topic.labelI18n} />
            </Link>{" "}
            <span className="muted">({t("counts", { meetings, documents })})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
