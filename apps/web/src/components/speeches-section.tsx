import { label } from "@plenary/domain";
import { inLocale, LOCALE } from "~/lib/locale";
import type { SpeechEntry } from "~/lib/types";

export function SpeechesSection({ speeches }: { speeches: SpeechEntry[] }) {
  if (speeches.length === 0) return null;
  return (
    <section aria-labelledby="speeches">
      <h2 id="speeches">Speeches</h2>
      <ol className="speeches">
        {speeches.map(({ speech, person }) => (
          <li key={speech.id}>
            <p className="meta">
              <strong>{inLocale(person.nameI18n)}</strong>
              <span>{label("speechKind", speech.kind, LOCALE)}</span>
            </p>
            {speech.textI18n ? (
              <blockquote>{inLocale(speech.textI18n)}</blockquote>
            ) : (
              <p className="muted">No text given.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
