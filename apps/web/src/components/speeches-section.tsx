import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useSiteLocale } from "~/lib/locale";
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
            {speech.textI18n ? (
              <blockquote>
                <Text value={speech.textI18n} />
              </blockquote>
            ) : (
              <p className="muted">{t("noText")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
