import type { Source } from "@plenary/domain";
import { formatSourceTimestamp } from "~/lib/format-date";

/** Where the record's facts come from, with the full text when it is kept. */
export function SourcesSection({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ol className="sources">
        {sources.map((source, index) => (
          <li key={index}>
            <p className="source-title">
              {source.url ? (
                <a href={source.url}>{source.title ?? source.url}</a>
              ) : (
                <cite>{source.title ?? "Untitled source"}</cite>
              )}
            </p>
            {source.publishedAt ? (
              <p className="muted">
                Published{" "}
                <time dateTime={source.publishedAt}>{formatSourceTimestamp(source.publishedAt)}</time>
              </p>
            ) : null}
            {source.note ? <p className="muted">{source.note}</p> : null}
            {source.text ? (
              <details>
                <summary>Full text of the source</summary>
                <div className="source-text">
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
