import {
  label,
  type AdoptionAction as Action,
  type CorrectedField,
  type CorrectionValue,
  type DocumentType,
  type LabelKind,
  type Locale,
  type LocalizedText,
  type ValueChange,
} from "@plenary/domain";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AdoptionAction } from "~/components/adoption-action";
import { FreeText, Text } from "~/components/text";
import { formatPartialDate } from "~/lib/format-date";
import { languageName } from "~/lib/language-name";
import { useSiteLocale } from "~/lib/locale";

/** A correction as the API answers it: when, which public fields it changed, and their old and new values. */
interface Correction {
  at: Date;
  fields: CorrectedField[];
  changes: ValueChange[];
}

/** Values that are (partial) dates, shown as the rest of the site shows dates. */
const DATE_VALUES = new Set<ValueChange["value"]>([
  "birthDate",
  "startDate",
  "endDate",
  "foundingDate",
  "dissolutionDate",
  "dateAdopted",
  "validFrom",
  "validTo",
]);

/** Values that are codes with a label of their own, by the label kinds that may name them. */
const LABELLED_VALUES: Partial<Record<ValueChange["value"], LabelKind[]>> = {
  type: ["documentType"],
  classification: ["meetingClassification", "organizationClassification"],
  attendanceMode: ["attendanceMode"],
  legalForce: ["legalForce"],
  legalStatus: ["legalStatus"],
};

/** Codes shown as codes (ISO 3166): the same in every language. */
const CODE_VALUES = new Set<ValueChange["value"]>(["iso2", "iso3"]);

function codeLabel(kinds: LabelKind[], code: string, locale: Locale): ReactNode {
  for (const kind of kinds) {
    try {
      return label(kind, code as never, locale);
    } catch {
      // Not a code of this kind: try the next.
    }
  }
  return <code>{code}</code>;
}

/**
 * When the public record was last corrected and the corrections the public can see, newest first (derived from the
 * record's revisions: public fields only, never who made them), with the old and new value of each plain value.
 * Dates are UTC calendar days.
 */
export function CorrectionsSection({
  lastCorrectedAt,
  corrections,
  documentType,
}: {
  lastCorrectedAt: Date | null;
  corrections: Correction[];
  /** On a document's page: its type, so that what was done with it agrees with its noun ("Принята"). */
  documentType?: DocumentType;
}) {
  const t = useTranslations("Corrections");
  const locale = useSiteLocale();
  const day = (at: Date) => at.toISOString().slice(0, 10);
  // Values as the rest of the page shows them: labels and language names in the page's language, English that has
  // no translation marked as English (the records' free text is written in English in the admin).
  const shown = (change: ValueChange, value: CorrectionValue): ReactNode => {
    if (value === null) return t("noValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "number") return value.toLocaleString(locale);
    if (Array.isArray(value)) {
      if (!value.length) return t("noValue");
      if (change.value === "officialLanguages")
        return value.map((tag) => languageName(tag, locale)).join(t("listSeparator"));
      return <FreeText text={value.join(t("listSeparator"))} />;
    }
    if (typeof value === "object") return value.en ? <Text value={value as LocalizedText} /> : t("noValue");
    if (DATE_VALUES.has(change.value)) return formatPartialDate(value, locale);
    if (CODE_VALUES.has(change.value)) return <code>{value}</code>;
    if (change.value === "action")
      return <AdoptionAction action={value as Action} documentType={documentType} />;
    const kinds = LABELLED_VALUES[change.value];
    return kinds ? codeLabel(kinds, value, locale) : <FreeText text={value} />;
  };
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
                {correction.changes.length > 0 ? (
                  <ul className="correction-values">
                    {correction.changes.map((change) => (
                      <li key={change.value} data-value={change.value}>
                        {t(`values.${change.value}`)}
                        {t("separator")}
                        <del>{shown(change, change.from)}</del>
                        <span aria-hidden="true"> → </span>
                        <span className="visually-hidden"> {t("changedTo")} </span>
                        <ins>{shown(change, change.to)}</ins>
                      </li>
                    ))}
                  </ul>
                ) : null}
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
