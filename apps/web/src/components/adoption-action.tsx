import { documentTypeGender, type AdoptionAction as Action, type DocumentType } from "@plenary/domain";
import { useTranslations } from "next-intl";

/**
 * What a meeting did with a document, in the words of the site's messages (AdoptionAction.done), agreeing with the
 * document's noun where the language inflects: "Московская декларация — Принята", "Решение — Принято". The noun's
 * gender comes from the domain (documentTypeGender); without a document (a filter over every type), the words read
 * as the messages' default form.
 */
export function AdoptionAction({ action, documentType }: { action: Action; documentType?: DocumentType }) {
  const t = useTranslations("AdoptionAction");
  return t("done", { action, gender: documentType ? documentTypeGender(documentType) : "other" });
}
