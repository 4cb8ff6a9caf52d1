import { documentTypeGender, label, type DocumentRelationType, type DocumentType } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { useSiteLocale } from "~/lib/locale";

/**
 * How a relation reads from the document it is shown on: outgoing "approves", "implements" (the domain's labels);
 * incoming "approved by", agreeing in Russian with the document shown ("Декларация утверждена документом").
 */
export function RelationPhrase({
  type,
  direction,
  documentType,
}: {
  type: DocumentRelationType;
  direction: "outgoing" | "incoming";
  documentType: DocumentType;
}) {
  const locale = useSiteLocale();
  const t = useTranslations("DocumentRelation");
  return direction === "outgoing"
    ? label("documentRelationType", type, locale).toLowerCase()
    : t("incoming", { type, gender: documentTypeGender(documentType) });
}
