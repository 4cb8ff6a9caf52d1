import { useTranslations } from "next-intl";

/** The meeting as data: Popolo JSON, participants as CSV, the JSON API. */
export function MeetingDownloads({ slug }: { slug: string }) {
  const t = useTranslations("Downloads");
  return (
    <aside aria-labelledby="downloads" className="downloads">
      <h2 id="downloads">{t("title")}</h2>
      <ul>
        <li>
          <a href={`/api/v1/meetings/${slug}/popolo`} type="application/json">
            {t("popolo")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/meetings/${slug}/participants.csv`} type="text/csv">
            {t("participantsCsv")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/meetings/${slug}`} type="application/json">
            {t("json")}
          </a>
        </li>
      </ul>
    </aside>
  );
}
