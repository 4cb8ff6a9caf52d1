import { LABELS, label, type LabelKind } from "@plenary/domain";

/** Which of the domain's labels a list's detail column holds, per kind of record (the api sends the code). */
const DETAIL_LABELS: Partial<Record<string, LabelKind>> = {
  organization: "organizationClassification",
  post: "postRole",
  document: "documentType",
};

/** A record's detail as the lists and pickers show it: "Organ of an intergovernmental organization", not "igo_organ". */
export function recordDetail(entityType: string, detail: string | null | undefined): string | null {
  if (!detail) return null;
  const kind = DETAIL_LABELS[entityType];
  if (kind && detail in LABELS[kind]) return label(kind, detail as never, "en");
  return detail;
}
