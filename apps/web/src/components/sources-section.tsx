import type { Source } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { formatSourceTimestamp } from "~/lib/format-date";
import { languageName } from "~/lib/language-name";
import { useSiteLocale } from "~/lib/locale";
import { FreeText } from "./text";

/**
 * Where the record's facts come from, as a researcher cites them: the source (linked when it has an address), who
 * published it, when and in which language, and its text as archived with the record.
 */
export function SourcesSection({ sources }: { sources: Source[] }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  if (sources.length === 0) return null;
  const time = (timestamp: string) => () => (
    <time dateTime={timestamp}>{formatSourceTimestamp(timestamp, locale)}</time>
  );
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t("sources")}</h2>
      <ol className="sources">
        {sources.map((source, index) => {
          const facts: ReactNode[] = [
            source.publisher ? (
              <span key="publisher">
                <FreeText text={source.publisher} />
              </span>
            ) : null,
            source.publishedAt ? (
              <span key="published">{t.rich("published", { time: time(source.publishedAt) })}</span>
            ) : null,
            source.language ? (
              <span key="language">
                {t("sourceLanguage", { language: languageName(source.language, locale) })}
              </span>
            ) : null,
          ].filter(Boolean);
          return (
            <li key={index}>
              <p className="source-title">
                {source.url ? (
                  <a href={source.url} hrefLang={source.language} lang={source.language}>
                    {source.title ?? source.url}
                  </a>
                ) : (
                  <cite lang={source.title ? source.language : undefined}>
                    {source.title ?? t("untitledSource")}
                  </cite>
                )}
              </p>
              {facts.length ? (
                <p className="muted source-facts">
                  {facts.map((fact, i) => (
                    <Fragment key={i}>
                      {i > 0 ? " · " : null}
                      {fact}
                    </Fragment>
                  ))}
                </p>
              ) : null}
              {source.note ? (
                <p className="muted">
                  <FreeText text={source.note} />
                </p>
              ) : null}
              {source.text ? (
                <details>
                  <summary>
                    {t("archivedText")}
                    {source.archivedAt ? (
                      <span className="muted">
                        {" "}
                        ({t.rich("archivedAt", { time: time(source.archivedAt) })})
                      </span>
                    ) : null}
                  </summary>
                  <div className="source-text" lang={source.language ?? "en"}>
                    {paragraphs(source.text).map((paragraph, i) => (
                      <p key={i}>{paragraph}</p>
                    ))}
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
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
