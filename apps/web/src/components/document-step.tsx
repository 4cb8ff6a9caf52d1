import { documentTypeGender, label, type DocumentAction, type DocumentType } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { formatPartialDate } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";
import { FreeText } from "./text";

type StepFacts = Pick<DocumentAction, "type" | "planned" | "date" | "actor" | "reference">;

/**
 * One step in a document's life, agreeing with the document's noun where the language inflects ("Московская
 * декларация: Принята 10 ноября 2020"): "Adopted on 10 November 2020", "To be circulated to the UN", "Signing to be
 * organized by SCO Secretariat in a working order". Who acts and the reference are free text, marked where English.
 */
export function DocumentStep({ action, documentType }: { action: StepFacts; documentType: DocumentType }) {
  const locale = useSiteLocale();
  const t = useTranslations("DocumentStep");
  const words = { type: action.type, gender: documentTypeGender(documentType) };
  const actor = () => (action.actor ? <FreeText text={action.actor} /> : null);
  const parts: ReactNode[] = [];
  if (action.planned) {
    parts.push(
      action.actor
        ? t.rich("organizedBy", { step: label("documentActionType", action.type, locale), actor })
        : t("toBe", words),
    );
  } else {
    parts.push(t("done", words));
    if (action.actor) parts.push(t.rich("by", { actor }));
  }
  if (action.date) parts.push(t("on", { date: formatPartialDate(action.date, locale) }));
  if (action.reference) parts.push(<FreeText text={action.reference} />);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? " " : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
