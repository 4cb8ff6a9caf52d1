import type { Source } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { formatSourceTimestamp } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";

/** Where the record's facts come from, with the full text when it is kept. */
export function SourcesSection({ sources }: { sources: Source[] }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t("sources")}</h2>
      <ol className="sources">
        {sources.map((source, index) => (
          <li key={index}>
            <p className="source-title">
              {source.url ? (
                <a href={source.url}>{source.title ?? source.url}</a>
              ) : (
                <cite>{source.title ?? t("untitledSource")}</cite>
              )}
            </p>
            {source.publishedAt ? (
              <p className="muted">
                {t.rich("published", {
                  time: () => (
                    <time dateTime={source.publishedAt}>
                      {formatSourceTimestamp(source.publishedAt!, locale)}
                    </time>
                  ),
                })}
              </p>
            ) : null}
            {source.note ? <p className="muted">{source.note}</p> : null}
            {source.text ? (
              <details>
                <summary>{t("fullText")}</summary>
                <div className="source-text" lang="en">
                  {paragraphs(source.text).map((paragraph, i) => (
                    <p key={i}>{paragraph}</p>
                  ))}
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
