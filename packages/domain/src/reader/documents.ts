import type { PartialDate } from "../common/partial-date";
import type { AdoptionAction, DocumentType } from "../entities/document";
import type { DocumentProposal, RelationProposal, TallyProposal } from "./proposal";
import type { Paragraph, Sentence } from "./segment";
import { normalize } from "./segment";
import {
  ADOPTION_VERBS,
  DOCUMENT_TYPE_PATTERN,
  NUMBER_PATTERN,
  SINGULAR_OF_TYPE,
  adoptionOfVerb,
  documentTypeOf,
  numberValue,
} from "./vocabulary";

/** A document as the reader builds it; `subject` is what tells it apart from others of its type. */
export interface ReadDocument extends DocumentProposal {
  subject: string;
  /** Listed by subject only ("statements on A, on B"): a later "6 statements of the SCO leaders" names their authors. */
  generic: boolean;
  /** The sentence that introduced it. */
  sentence: Sentence;
}

export interface DocumentsResult {
  documents: ReadDocument[];
  tallies: (TallyProposal & { sentence: Sentence })[];
  relations: RelationProposal[];
}

const MODIFIER = "(?:(?!(?:of|on|to|in|for|with|between|and|the|that|which|were|was)\\b)[\\p{L}\\d'’-]+\\s+)";
const DOCUMENT_START = new RegExp(`^(?:(?:the|a|an|its|their)\\s+)?${MODIFIER}{0,3}?(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`, "iu");
const ITEM_SEPARATOR = /\s*,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s*;\s*/g;
const STRENGTH: Record<AdoptionAction, number> = { prepared: 0, noted: 1, adopted: 2, approved: 2, signed: 3 };
const STOP = new Set("the a an of on in to for and with at by its their those dedicated devoted related".split(" "));

function words(value: string): string[] {
  return normalize(value).split(/[\s-]+/).filter((word) => word && !STOP.has(word));
}

/** Share of the shorter phrase's words found in the longer one. */
export function subjectOverlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / Math.min(x.size, y.size);
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const stripArticle = (value: string) => value.replace(/^(?:the|a|an)\s+/i, "");

function validity(title: string): { validFrom: PartialDate | null; validTo: PartialDate | null } {
  // Only the document's own words: not those of a document it implements or approves.
  const head = title.split(/\s+(?:on|for|in)\s+(?:the\s+)?implementation\s+of\s+|\s+approving\s+/i)[0]!;
  const range = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2})\b/.exec(head);
  if (range) return { validFrom: range[1]!, validTo: range[2]! };
  const until = /\b(?:until|till|up to|through|to)\s+((?:19|20)\d{2})\b/i.exec(head);
  return { validFrom: null, validTo: until ? until[1]! : null };
}

interface Chunk {
  start: number;
  end: number;
  /** Separator text before the chunk ("", ", ", " and ", ", as well as "). */
  separator: string;
}

function chunks(text: string, start: number, end: number): Chunk[] {
  const result: Chunk[] = [];
  let from = start;
  let separator = "";
  for (const match of text.slice(start, end).matchAll(ITEM_SEPARATOR)) {
    const at = start + match.index;
    if (at > from) result.push({ start: from, end: at, separator });
    separator = match[0];
    from = at + match[0].length;
  }
  if (end > from) result.push({ start: from, end, separator });
  return result;
}

/** Items of a list of documents: each starts with a document head ("the Moscow Declaration", "a Comprehensive plan"). */
function documentItems(text: string, start: number, end: number): { start: number; end: number; parts: Chunk[] }[] {
  const items: { start: number; end: number; parts: Chunk[] }[] = [];
  for (const chunk of chunks(text, start, end)) {
    if (DOCUMENT_START.test(text.slice(chunk.start, chunk.end))) items.push({ start: chunk.start, end: chunk.end, parts: [chunk] });
    else if (items.length) {
      const item = items.at(-1)!;
      item.end = chunk.end;
      item.parts.push(chunk);
    }
  }
  return items;
}

/** Splits "A, B, and C" / "A, B and C" into items; an Oxford comma means "and" inside the last item is its own. */
export function splitPlainList(text: string, start: number, end: number): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  const oxford = /,\s+(?:and|as well as)\s+/.test(slice);
  const separator = oxford ? /\s*,\s*(?:and\s+|as well as\s+)?|\s*;\s*/g : /\s*,\s*(?:and\s+|as well as\s+)?|\s*;\s*|\s+(?:and|as well as)\s+(?!.*\s(?:and|as well as)\s)/g;
  const result: { start: number; end: number }[] = [];
  let from = start;
  for (const match of slice.matchAll(separator)) {
    const at = start + match.index;
    if (at > from) result.push({ start: from, end: at });
    from = at + match[0].length;
  }
  if (end > from) result.push({ start: from, end });
  return result;
}

export interface DocumentsContext {
  text: string;
  paragraphs: readonly Paragraph[];
}

/**
 * Outcome documents, tallies and their relations: lists after "documents adopted …:" or before "… were
 * approved", groups such as "statements on A, on B, as well as on C" (one statement each), "the reports of A and
 * B on X" (one report each), counts ("9 decisions … including …"), "X on the implementation of Y" (implements)
 * and "the approval of X" (approves).
 */
export function readDocuments(context: DocumentsContext): DocumentsResult {
  const { text, paragraphs } = context;
  const documents: ReadDocument[] = [];
  const tallies: DocumentsResult["tallies"] = [];
  const relations: RelationProposal[] = [];
  let counter = 0;

  const find = (type: DocumentType, title: string, subject: string) =>
    documents.find(
      (document) =>
        document.type === type &&
        (normalize(document.title) === normalize(title) || (subject !== "" && document.subject !== "" && subjectOverlap(document.subject, subject) >= 0.75)),
    );

  const add = (
    input: { type: DocumentType; title: string; asStated: string; start: number; end: number; subject: string; generic: boolean; atMeeting?: boolean },
    action: AdoptionAction,
    sentence: Sentence,
    confidence: number,
  ): ReadDocument => {
    const existing = find(input.type, input.title, input.subject);
    if (existing) {
      if (input.atMeeting !== false && STRENGTH[action] > STRENGTH[existing.action]) existing.action = action;
      if (input.atMeeting !== false) existing.atMeeting = true;
      return existing;
    }
    const document: ReadDocument = {
      key: `document-${++counter}`,
      title: input.title,
      asStated: input.asStated,
      type: input.type,
      action,
      atMeeting: input.atMeeting ?? true,
      ...validity(input.title),
      topicIds: [],
      listOrder: documents.length + 1,
      evidence: { start: input.start, end: input.end },
      confidence,
      subject: input.subject,
      generic: input.generic,
      sentence,
    };
    documents.push(document);
    return document;
  };

  /** One list item → documents (several for "statements on A, on B" and "reports of A and B on X"). */
  const readItem = (item: { start: number; end: number; parts: Chunk[] }, action: AdoptionAction, sentence: Sentence) => {
    const stated = text.slice(item.start, item.end);
    const head = DOCUMENT_START.exec(stated)!;
    const kind = documentTypeOf(head[1]!)!;
    const headEnd = item.start + head[0].length;
    if (kind.plural) {
      // "statements on A, on B, …, as well as on C": the repeated preposition marks each document.
      const onParts = item.parts.map((part, index) => ({ part, index })).filter(({ part, index }) => index === 0 || /^on\s/i.test(text.slice(part.start, part.end)));
      const firstRest = text.slice(headEnd, item.parts[0]!.end).trimStart();
      if (/^on\s/i.test(firstRest)) {
        onParts.forEach(({ index }, n) => {
          const from = index === 0 ? headEnd + (text.slice(headEnd).length - text.slice(headEnd).trimStart().length) : item.parts[index]!.start;
          const to = n + 1 < onParts.length ? item.parts[onParts[n + 1]!.index - 1]!.end : item.end;
          const subject = text.slice(from, to);
          add({ type: kind.type, title: `${SINGULAR_OF_TYPE[kind.type]} ${subject}`, asStated: subject, start: from, end: to, subject, generic: true }, action, sentence, 0.85);
        });
        return;
      }
      // "the reports of A and B on X": one document per author.
      const authored = /^\s+of\s+(.+?)\s+(on\s+.+)$/i.exec(text.slice(headEnd, item.end));
      if (authored && /\s+and\s+/.test(authored[1]!)) {
        const subject = authored[2]!;
        let offset = headEnd + authored[0].indexOf(authored[1]!);
        for (const author of authored[1]!.split(/\s+and\s+/)) {
          const start = text.indexOf(author, offset);
          offset = start + author.length;
          add(
            { type: kind.type, title: `${SINGULAR_OF_TYPE[kind.type]} of ${author} ${subject}`, asStated: stated, start: item.start, end: item.end, subject: `${author} ${subject}`, generic: false },
            action,
            sentence,
            0.8,
          );
        }
        return;
      }
    }
    const title = capitalize(stripArticle(stated));
    const document = add(
      { type: kind.type, title, asStated: stated, start: item.start, end: item.end, subject: title.slice(head[1]!.length), generic: false },
      action,
      sentence,
      0.85,
    );
    // "… on the implementation of the SCO Development Strategy until 2025": a document this one implements.
    const implementation = new RegExp(`\\s+(?:on|for|in)\\s+(?:the\\s+)?implementation\\s+of\\s+((?:the\\s+)?.*?(?:${DOCUMENT_TYPE_PATTERN}).*)$`, "iu").exec(stated);
    if (implementation && DOCUMENT_START.test(implementation[1]!)) {
      const nestedStart = item.start + implementation.index + implementation[0].indexOf(implementation[1]!);
      const nestedHead = DOCUMENT_START.exec(implementation[1]!)!;
      const nestedKind = documentTypeOf(nestedHead[1]!)!;
      const nestedTitle = capitalize(stripArticle(implementation[1]!));
      const target = add(
        { type: nestedKind.type, title: nestedTitle, asStated: implementation[1]!, start: nestedStart, end: item.end, subject: "", generic: false, atMeeting: false },
        "adopted",
        sentence,
        0.7,
      );
      relations.push({ fromKey: document.key, toKey: target.key, type: "implements", evidence: { start: item.start + implementation.index, end: item.end }, confidence: 0.8 });
    }
  };

  const adoptionVerb = new RegExp(`\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|is)\\s+(?:also\\s+|unanimously\\s+|jointly\\s+)?(${ADOPTION_VERBS})\\b`, "i");
  const tallyPattern = new RegExp(`\\b(${NUMBER_PATTERN})\\s+(?:more\\s+|other\\s+|new\\s+|further\\s+)?(${DOCUMENT_TYPE_PATTERN})\\b((?:\\s+of\\s+[^,]+?)?)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:also\\s+)?(${ADOPTION_VERBS})\\b`, "i");
  const activeVerb = new RegExp(`\\b(?:leaders|heads\\s+of\\s+state|parties|sides|ministers|participants|council|summit|meeting|they)\\b[^.;]*?\\b(${ADOPTION_VERBS})\\s+`, "i");

  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const s = sentence.text;
      const at = sentence.start;
      const end = at + s.replace(/[.\s]+$/, "").length;

      const tally = tallyPattern.exec(s);
      if (tally) {
        const kind = documentTypeOf(tally[2]!);
        const count = numberValue(tally[1]!);
        const action = adoptionOfVerb(tally[4]!) ?? "adopted";
        if (kind && count !== null) {
          const note = tally[3]!.trim() || null;
          tallies.push({ documentType: kind.type, count, describedAs: note, evidence: { start: at + tally.index, end: at + tally.index + tally[0].length }, confidence: 0.9, sentence });
          const including = /,?\s+including\s+/i.exec(s.slice(tally.index + tally[0].length));
          if (including) {
            const from = at + tally.index + tally[0].length + including.index + including[0].length;
            for (const part of splitPlainList(text, from, end)) {
              const stated = text.slice(part.start, part.end);
              const approval = /^(?:the\s+)?approv(?:al\s+of|ing)\s+(.+)$/i.exec(stated);
              if (approval) {
                const wanted = stripArticle(approval[1]!);
                const target = documents.find((document) => normalize(document.title).startsWith(normalize(wanted))) ??
                  documents.find((document) => subjectOverlap(document.title, wanted) >= 0.8);
                const title = `${SINGULAR_OF_TYPE[kind.type]} approving the ${target ? target.title : wanted}`;
                const decision = add({ type: kind.type, title, asStated: stated, start: part.start, end: part.end, subject: `approving ${wanted}`, generic: false }, action, sentence, 0.75);
                if (target) relations.push({ fromKey: decision.key, toKey: target.key, type: "approves", evidence: { start: part.start, end: part.end }, confidence: 0.75 });
                continue;
              }
              const subject = stated.replace(/^(?:those|the\s+ones?|one)\s+(?:dedicated|devoted|related)\s+to\s+|^(?:those|the\s+ones?)\s+(?:on|about)\s+|^on\s+/i, "");
              const preposition = /^(?:on|about)\s/i.test(subject) ? "" : "on ";
              add(
                { type: kind.type, title: `${SINGULAR_OF_TYPE[kind.type]} ${preposition}${subject}`, asStated: stated, start: part.start, end: part.end, subject, generic: false },
                action,
                sentence,
                0.7,
              );
            }
          }
          continue;
        }
      }

      // "… the documents adopted at the end of the meeting – A, B and C" / "… adopted the following documents: …"
      const listed = new RegExp(`\\bdocuments?\\b[^:]*?\\b(${ADOPTION_VERBS})\\b[^:]*?(?::|\\s[-–—]\\s)\\s*`, "i").exec(s) ??
        new RegExp(`\\b(${ADOPTION_VERBS})\\b[^:]*?\\bdocuments?\\b[^:]*?(?::|\\s[-–—]\\s)\\s*`, "i").exec(s);
      if (listed) {
        const action = adoptionOfVerb(listed[1]!) ?? "adopted";
        for (const item of documentItems(text, at + listed.index + listed[0].length, end)) readItem(item, action, sentence);
        continue;
      }

      const passive = adoptionVerb.exec(s);
      if (passive) {
        let from = 0;
        // Skip an opening phrase such as "In addition," or "At the summit,".
        const opening = /^[^,]{0,60},\s+/.exec(s);
        if (opening && !DOCUMENT_START.test(s) && DOCUMENT_START.test(s.slice(opening[0].length))) from = opening[0].length;
        if (DOCUMENT_START.test(s.slice(from))) {
          const action = adoptionOfVerb(passive[1]!) ?? "adopted";
          for (const item of documentItems(text, at + from, at + passive.index)) readItem(item, action, sentence);
          continue;
        }
      }

      const active = activeVerb.exec(s);
      if (active) {
        const from = at + active.index + active[0].length;
        const rest = text.slice(from, end);
        // The object list ends at a relative clause or at a second verb ("…, and decided to grant …").
        const stop = /,\s+(?:which|that|who)\b|;|,?\s+and\s+(?:also\s+)?\w+ed\b/.exec(rest);
        const action = adoptionOfVerb(active[1]!) ?? "adopted";
        const region = text.slice(from, from + (stop ? stop.index : rest.length));
        const afterIncluding = /^(?:a\s+(?:number|package|set)\s+of\s+documents|several\s+documents|documents)(?:[^,]*?),?\s+including\s+/i.exec(region);
        const regionStart = afterIncluding ? from + afterIncluding[0].length : from;
        for (const item of documentItems(text, regionStart, from + region.length)) readItem(item, action, sentence);
      }
    }
  }

  // "6 statements of the SCO leaders": an earlier list that named only the subjects gets the group's authors.
  for (const tally of tallies) {
    if (!tally.describedAs) continue;
    for (const document of documents) {
      if (document.type === tally.documentType && document.generic && document.sentence !== tally.sentence) {
        document.title = `${SINGULAR_OF_TYPE[document.type]} ${tally.describedAs} ${document.asStated}`;
      }
    }
  }
  return { documents, tallies, relations };
}

/** Documents a phrase refers to: "the Moscow Declaration" → that one; "statements of the leaders" → every statement. */
export function documentsReferredTo(text: string, from: number, to: number, documents: readonly ReadDocument[]): { documents: ReadDocument[]; start: number; end: number }[] {
  const result: { documents: ReadDocument[]; start: number; end: number }[] = [];
  const pattern = new RegExp(`(?:(?:the|a|an|all|these|those|its|their)\\s+)?(?:${MODIFIER}{0,3}?)(${DOCUMENT_TYPE_PATTERN})(?![\\p{L}])`, "giu");
  for (const match of text.slice(from, to).matchAll(pattern)) {
    const kind = documentTypeOf(match[1]!);
    if (!kind) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    if (kind.plural) {
      result.push({ documents: documents.filter((document) => document.type === kind.type && document.atMeeting), start, end });
    } else {
      const phrase = normalize(stripArticle(match[0]));
      const named = documents.filter((document) => document.type === kind.type && normalize(document.title).startsWith(phrase));
      if (named.length) result.push({ documents: named, start, end });
    }
  }
  return result;
}
