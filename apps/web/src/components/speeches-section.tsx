import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useSiteLocale } from "~/lib/locale";
import type { LocalizedText } from "@plenary/domain";
import type { SpeechEntry } from "~/lib/types";
import { Text } from "./text";

export function SpeechesSection({ speeches }: { speeches: SpeechEntry[] }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  if (speeches.length === 0) return null;
  return (
    <section aria-labelledby="speeches">
      <h2 id="speeches">{t("speeches")}</h2>
      <ol className="speeches">
        {speeches.map(({ speech, person }) => (
          <li key={speech.id}>
            <p className="meta">
              <strong>
                <Link href={`/people/${person.slug}`}>
                  <Text value={person.nameI18n} />
                </Link>
              </strong>
              <span>{label("speechKind", speech.kind, locale)}</span>
            </p>
            <SpeechText text={speech.textI18n} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What was said, quoted, or a note that the release gives no text: on the meeting page and the speaker's page. */
export function SpeechText({ text }: { text: LocalizedText | null }) {
  const t = useTranslations("Meeting");
  return text ? (
    <blockquote>
      <Text value={text} />
    </blockquote>
  ) : (
    <p className="muted">{t("noText")}</p>
  );
}
