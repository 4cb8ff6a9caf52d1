import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import type { MeetingDetail } from "~/lib/types";
import { Text } from "./text";

export function TopicsSection({ topics }: { topics: MeetingDetail["topics"] }) {
  const t = useTranslations("Meeting");
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="topics">
      <h2 id="topics">{t("topics")}</h2>
      <ul className="topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link href={`/topics/${topic.slug}`}>
              <Text value={topic.labelI18n} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
