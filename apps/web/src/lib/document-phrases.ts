import type { DocumentAction, DocumentActionType, DocumentRelationType } from "@plenary/domain";
import { label } from "@plenary/domain";
import { formatPartialDate } from "./format-date";

// English sentences about documents. The domain's labels name each action and relation ("Signing", "Approves");
// a page also needs the past and future forms and the reverse reading of a relation, which only English has yet.

const DONE: Record<DocumentActionType, string> = {
  adopted: "Adopted",
  approved: "Approved",
  signed: "Signed",
  ratified: "Ratified",
  entered_into_force: "Entered into force",
  circulated_to_un: "Circulated to the UN",
  other: "Other step",
};

const TO_BE: Record<DocumentActionType, string> = {
  adopted: "To be adopted",
  approved: "To be approved",
  signed: "To be signed",
  ratified: "To be ratified",
  entered_into_force: "To enter into force",
  circulated_to_un: "To be circulated to the UN",
  other: "Another step is planned",
};

type ActionFacts = Pick<DocumentAction, "type" | "planned" | "date" | "actor" | "reference">;

/**
 * One step in a document's life: "Adopted on 10 November 2020", "To be circulated to the UN",
 * "Signing to be organized by SCO Secretariat in a working order".
 */
export function describeDocumentAction(action: ActionFacts): string {
  const parts: string[] = [];
  if (action.planned) {
    parts.push(
      action.actor
        ? `${label("documentActionType", action.type, "en")} to be organized by ${action.actor}`
        : TO_BE[action.type],
    );
  } else {
    parts.push(DONE[action.type]);
    if (action.actor) parts.push(`by ${action.actor}`);
  }
  if (action.date) parts.push(`on ${formatPartialDate(action.date)}`);
  if (action.reference) parts.push(action.reference);
  return parts.join(" ");
}

const INCOMING: Record<DocumentRelationType, string> = {
  approves: "approved by",
  implements: "implemented by",
  amends: "amended by",
  supersedes: "superseded by",
  annex_of: "has as annex",
  part_of_package: "in one package with",
  references: "referred to by",
};

/**
 * How a relation reads from the document it is shown on: outgoing "approves", "implements"; incoming
 * "approved by", "implemented by".
 */
export function relationPhrase(type: DocumentRelationType, direction: "outgoing" | "incoming"): string {
  return direction === "outgoing" ? label("documentRelationType", type, "en").toLowerCase() : INCOMING[type];
}
