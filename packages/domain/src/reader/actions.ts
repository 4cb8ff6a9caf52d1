import type { PartialDate } from "../common/partial-date";
import type { DocumentActionType } from "../entities/document-action";
import type { ReaderKnowledge } from "./knowledge";
import { organizationMentions } from "./mentions";
import type { DocumentActionProposal } from "./proposal";
import type { Paragraph, Sentence } from "./segment";
import { documentsReferredTo, type DocumentsResult, type ReadDocument } from "./documents";

export interface ActionsContext {
  text: string;
  paragraphs: readonly Paragraph[];
  knowledge: ReaderKnowledge;
  date: PartialDate | null;
  read: DocumentsResult;
}

/**
 * What happened or will happen to the documents: the meeting's own act (adopted, approved, signed) on each
 * document adopted there; "offered to approve all these documents … no objections" (approves what was only
 * prepared); planned steps such as "planned to be distributed to the UN" (circulated_to_un) and "the Secretariat
 * will organize their signing in a working order" (signed, with actor and manner).
 */
export function readDocumentActions(context: ActionsContext): DocumentActionProposal[] {
  const { text, paragraphs, knowledge, date, read } = context;
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const planned: DocumentActionProposal[] = [];

  const antecedents = (sentence: Sentence): ReadDocument[] => {
    // "these documents" points back at the groups the text has just counted ("9 decisions …", "6 statements …").
    const counted = new Set<string>();
    for (let index = sentence.paragraph - 1; index >= 0; index--) {
      const tallies = read.tallies.filter((tally) => tally.sentence.paragraph === index);
      if (tallies.length === 0) break;
      for (const tally of tallies) counted.add(tally.documentType);
    }
    if (counted.size)
      return read.documents.filter((document) => counted.has(document.type) && document.atMeeting);
    const previous = sentences[sentences.indexOf(sentence) - 1];
    return previous ? read.documents.filter((document) => document.sentence === previous) : [];
  };

  const referred = (sentence: Sentence): ReadDocument[] => {
    if (
      /\b(?:all\s+)?(?:these|those|the\s+above|all\s+the)\s+documents\b|\btheir\s+sign/i.test(sentence.text)
    )
      return antecedents(sentence);
    return [
      ...new Set(
        documentsReferredTo(text, sentence.start, sentence.end, read.documents).flatMap(
          (reference) => reference.documents,
        ),
      ),
    ];
  };

  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    const evidence = { start: sentence.start, end: sentence.end };
    // "offered to approve all these documents … There were no objections."
    if (/\b(?:offered|proposed|suggested)\s+to\s+(?:approve|adopt)\b/i.test(s)) {
      // The outcome follows in the same paragraph: "There were no objections", "unanimously", "were approved".
      const rest = sentences
        .slice(index, index + 4)
        .filter((other) => other.paragraph === sentence.paragraph)
        .map((other) => other.text)
        .join(" ");
      if (/\bno\s+objections?\b|\bunanimously\b|\bwere\s+approved\b|\bagreed\b/i.test(rest)) {
        for (const document of referred(sentence))
          if (document.action === "prepared") document.action = "approved";
      }
    }
    const plannedStep =
      /\b(?:will|shall|are\s+to|is\s+to|planned\s+to|plans\s+to|intend\s+to|to\s+be)\b/i.test(s);
    const push = (
      type: DocumentActionType,
      actor: string | null,
      reference: string | null,
      confidence: number,
    ) => {
      for (const document of referred(sentence)) {
        if (
          !planned.some(
            (action) => action.documentKey === document.key && action.type === type && action.planned,
          )
        ) {
          planned.push({
            documentKey: document.key,
            type,
            planned: true,
            date: null,
            actor,
            reference,
            evidence,
            confidence,
          });
        }
      }
    };
    if (
      plannedStep &&
      /\b(?:distributed|circulated|submitted|transmitted|sent)\s+(?:to|at|in)\s+the\s+(?:UN|United\s+Nations)\b/i.test(
        s,
      )
    ) {
      push("circulated_to_un", null, null, 0.85);
    }
    const signing =
      /(?:^|,\s*|\bthat\s+)((?:the\s+)?[A-Z][^,]*?)\s+will\s+(?:organi[sz]e|arrange|ensure)\s+(?:their|the|its)\s+signing\b\s*([^,.;]*)/.exec(
        s,
      );
    if (signing) {
      const actorStart = sentence.start + signing.index + signing[0].indexOf(signing[1]!);
      const organization = organizationMentions(
        text,
        knowledge,
        actorStart,
        actorStart + signing[1]!.length,
      )[0];
      const known = organization
        ? knowledge.organizations.find((candidate) => candidate.id === organization.id)
        : undefined;
      const actor = known ? known.nameI18n.en : signing[1]!.replace(/^the\s+/i, "");
      push("signed", actor, signing[2]!.trim() || null, 0.75);
    } else if (plannedStep && /\b(?:will\s+be|to\s+be)\s+signed\b/i.test(s)) {
      push("signed", null, null, 0.7);
    }
  });

  const done: DocumentActionProposal[] = [];
  for (const document of read.documents) {
    if (!document.atMeeting || document.action === "prepared" || document.action === "noted") continue;
    done.push({
      documentKey: document.key,
      type: document.action,
      planned: false,
      date,
      actor: null,
      reference: null,
      evidence: document.evidence,
      confidence: document.confidence,
    });
  }
  return [...done, ...planned];
}
