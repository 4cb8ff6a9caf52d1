import { inLocale } from "~/lib/locale";
import type { MeetingDetail } from "~/lib/types";

export function TopicsSection({ topics }: { topics: MeetingDetail["topics"] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="topics">
      <h2 id="topics">Topics</h2>
      <ul className="topics">
        {topics.map((topic) => (
          <li key={topic.id}>{inLocale(topic.labelI18n)}</li>
        ))}
      </ul>
    </section>
  );
}
