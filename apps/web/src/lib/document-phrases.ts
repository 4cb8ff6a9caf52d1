import type { DocumentRelationType, Locale } from "@plenary/domain";
import { label } from "@plenary/domain";

// How relations between documents read. The domain's labels name each relation ("Approves"); a page also needs its
// reverse reading. The steps in a document's life are messages (DocumentStep), as they agree with the document.

/** How an incoming relation reads from the document it is shown on ("approved by"). */
const INCOMING: Record<Locale, Record<DocumentRelationType, string>> = {
  en: {
    approves: "approved by",
    implements: "implemented by",
    amends: "amended by",
    supersedes: "superseded by",
    annex_of: "has as annex",
    part_of_package: "in one package with",
    references: "referred to by",
  },
  ru: {
    approves: "утверждён документом",
    implements: "реализуется документом",
    amends: "изменён документом",
    supersedes: "заменён документом",
    annex_of: "имеет приложение",
    part_of_package: "в одном пакете с",
    references: "упоминается в",
  },
  zh: {
    approves: "被以下文件批准",
    implements: "由以下文件落实",
    amends: "被以下文件修订",
    supersedes: "被以下文件取代",
    annex_of: "附件为",
    part_of_package: "同一揽子文件",
    references: "被以下文件提及",
  },
};

/**
 * How a relation reads from the document it is shown on: outgoing "approves", "implements"; incoming
 * "approved by", "implemented by".
 */
export function relationPhrase(
  type: DocumentRelationType,
  direction: "outgoing" | "incoming",
  locale: Locale = "en",
): string {
  return direction === "outgoing"
    ? label("documentRelationType", type, locale).toLowerCase()
    : INCOMING[locale][type];
}
