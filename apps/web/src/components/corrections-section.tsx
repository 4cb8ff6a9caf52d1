import type { CorrectedField } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { formatPartialDate } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";

/** A correction as the API answers it: when, and which public fields it changed. */
interface Correction {
  at: Date;
  fields: CorrectedField[];
}

/**
 * When the public record was last corrected and the corrections the public can see, newest first (derived from the
 * record's revisions: public fields only, never who made them). Dates are UTC calendar days.
 */
export function CorrectionsSection({
  lastCorrectedAt,
  corrections,
}: {
  lastCorrectedAt: Date | null;
  corrections: Correction[];
}) {
  const t = useTranslations("Corrections");
  const locale = useSiteLocale();
  const day = (at: Date) => at.toISOString().slice(0, 10);
  return (
    <section aria-labelledby="corrections" className="corrections">
      <h2 id="corrections">{t("title")}</h2>
      {lastCorrectedAt ? (
        <>
          <p>
            {t.rich("lastCorrected", {
              date: () => (
                <time dateTime={lastCorrectedAt.toISOString()}>
                  {formatPartialDate(day(lastCorrectedAt), locale)}
                </time>
              ),
            })}
          </p>
          <ol className="correction-list">
            {corrections.map((correction) => (
              <li key={correction.at.toISOString()}>
                <time dateTime={correction.at.toISOString()}>
                  {formatPartialDate(day(correction.at), locale)}
                </time>
                {t("separator")}
                {correction.fields.map((field) => t(`fields.${field}`)).join(t("listSeparator"))}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
    </section>
  );
}
