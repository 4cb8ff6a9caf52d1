import type { PartialDate } from "../common/partial-date";
import type { AttendanceMode } from "../entities/meeting";
import type { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import type { ReaderKnowledge } from "./knowledge";
import { rootOrganization } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import { normalize as normalizeText, span } from "./segment";
import type { Fact, ParticipantProposal } from "./proposal";
import { reconcilePerson } from "./reconcile";
import type { Paragraph, Sentence } from "./segment";
import { covers, parseTitledName, postCandidates, reconcilePost, type TitledName } from "./titles";

type MentionKind = "attendance" | "chair" | "message" | "address";

interface ParticipantMention {
  item: TitledName;
  kind: MentionKind;
  sentence: Sentence;
  categoryHint: ParticipationCategory | null;
  countryHint: string | null;
}

const LIST_SEPARATOR = /\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+/g;

/** Splits "A, B and C" into items, never inside a known country or organization name; rejoins "Name, Title" pairs. */
export function splitParticipantList(text: string, start: number, end: number, knowledge: ReaderKnowledge): TitledName[] {
  const protectedSpans = [...countryMentions(text, knowledge, start, end), ...organizationMentions(text, knowledge, start, end)];
  const pieces: { start: number; end: number }[] = [];
  start = span(text, start, end).start;
  let from = start;
  for (const match of text.slice(start, end).matchAll(LIST_SEPARATOR)) {
    const at = start + match.index;
    if (protectedSpans.some((mention) => mention.start < at && at < mention.end)) continue;
    if (at > from) pieces.push(span(text, from, at));
    from = at + match[0].length;
  }
  if (end > from) pieces.push(span(text, from, end));
  const parsed = pieces.map((piece) => parseTitledName(text, piece.start, piece.end, knowledge));
  const items: TitledName[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const current = parsed[i]!;
    const next = parsed[i + 1];
    if (current.name && !current.title && next && !next.name && next.title) {
      items.push(parseTitledName(text, current.start, next.end, knowledge));
      i++;
    } else {
      items.push(current);
    }
  }
  return items.filter((item) => item.name !== null);
}

function categoryHintOf(header: string): ParticipationCategory | null {
  if (/observer/i.test(header)) return "observer_state";
  if (/dialogue partner/i.test(header)) return "dialogue_partner";
  if (/\bguest|invited/i.test(header)) return "guest_state";
  if (/\bmember/i.test(header)) return "member_state";
  return null;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[.\s]/.test(text[end - 1]!)) end--;
  return end;
}

/** Every stretch of text that names people taking part, in text order. */
function findMentions(text: string, sentences: readonly Sentence[], knowledge: ReaderKnowledge): ParticipantMention[] {
  const mentions: ParticipantMention[] = [];
  for (const sentence of sentences) {
    const s = sentence.text;
    const add = (kind: MentionKind, from: number, to: number, categoryHint: ParticipationCategory | null = null, countryHint: string | null = null) => {
      let start = sentence.start + from;
      const end = trimEnd(text, sentence.start + to);
      const colon = text.slice(start, end).indexOf(":");
      if (colon >= 0) {
        categoryHint = categoryHintOf(text.slice(start, start + colon)) ?? categoryHint;
        start += colon + 1;
      }
      for (const item of splitParticipantList(text, start, end, knowledge)) mentions.push({ item, kind, sentence, categoryHint, countryHint });
    };
    const found: { from: number; to: number; kind: MentionKind; hint: ParticipationCategory | null; country: string | null }[] = [];
    const attended = /\b(?:(?:was|were|and)\s+(?:also\s+)?attended\s+(?:in\s+person\s+|online\s+|virtually\s+)?by|joined\s+by|with\s+the\s+participation\s+of|participants\s+included|taking\s+part\s+(?:in\s+[^,]+?\s+)?were|participating\s+were)\s+/i.exec(s);
    if (attended) {
      found.push({ from: attended.index + attended[0].length, to: s.length, kind: "attendance", hint: categoryHintOf(s.slice(0, attended.index)), country: null });
    } else {
      const tookPart = /^(?:Also\s+)?(.+?)\s+(?:also\s+)?(?:took part|participated|were present|attended)\b/.exec(s);
      if (tookPart && !/^(the|this|it|they)\b/i.test(tookPart[1]!)) {
        const from = tookPart[0].indexOf(tookPart[1]!);
        found.push({ from, to: from + tookPart[1]!.length, kind: "attendance", hint: null, country: null });
      }
      const represented = /^(.+?)\s+was\s+represented\s+(?:at [^,]+?\s+)?by\s+/.exec(s);
      if (represented) {
        const country = countryMentions(text, knowledge, sentence.start, sentence.start + represented[1]!.length)[0];
        const rest = s.slice(represented[0].length);
        const stop = /,\s+(?:while|whereas|and)\s/.exec(rest);
        found.push({ from: represented[0].length, to: represented[0].length + (stop ? stop.index : rest.length), kind: "attendance", hint: null, country: country?.id ?? null });
      }
    }
    const chairedBy = /\b(?:chaired|presided\s+over|hosted)\s+by\s+/i.exec(s) ?? /\bunder\s+the\s+(?:chairmanship|presidency|chairship)\s+of\s+/i.exec(s);
    if (chairedBy) {
      const from = chairedBy.index + chairedBy[0].length;
      const rest = s.slice(from);
      const stop = /,\s+(?:was|were|who|which|and)\b|\s+(?:who|which)\b|\s+and\s+the\b|\s+and\s+(?:was\s+)?(?:also\s+)?(?:attended|joined)\b|;/.exec(rest);
      found.push({ from, to: from + (stop ? stop.index : rest.length), kind: "chair", hint: null, country: null });
    } else {
      const chaired = /^(.+?)\s+(?:chaired|presided\s+over)\s+the\b/.exec(s);
      if (chaired) found.push({ from: 0, to: chaired[1]!.length, kind: "chair", hint: null, country: null });
    }
    const message = /^(.+?)\s+(?:delivered|sent|gave|made|addressed\s+(?:the\s+\w+|participants)\s+(?:with|in|via|through))\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?video\s+(?:message|address|greeting)/i.exec(s);
    if (message) found.push({ from: 0, to: message[1]!.length, kind: "message", hint: null, country: null });
    // A chair named inside an attendance list ("The Summit, chaired by X, was attended by …") comes first in the text.
    const chair = found.find((mention) => mention.kind === "chair");
    const list = found.find((mention) => mention.kind === "attendance" && chair && mention.from <= chair.from && chair.to <= mention.to);
    if (chair && list) list.from = chair.to;
    for (const mention of found.sort((a, b) => a.from - b.from)) add(mention.kind, mention.from, mention.to, mention.hint, mention.country);
  }
  return mentions;
}

/** The clause of a sentence an item stands in ("…, while President X participated via video link"). */
function clauseOf(text: string, sentence: Sentence, item: { start: number; end: number }): string {
  const boundaries = [...sentence.text.matchAll(/,\s+(?:while|whereas)\s|;\s+|\.\s+/g)].map((match) => sentence.start + match.index);
  const start = Math.max(sentence.start, ...boundaries.filter((at) => at <= item.start));
  const end = Math.min(sentence.end, ...boundaries.filter((at) => at >= item.end));
  return text.slice(start, end);
}

function modeOf(kind: MentionKind, attendance: AttendanceMode, sentence: string): ParticipationMode {
  if (kind === "message") return "video_message";
  const remote = /\b(?:via|by)\s+(?:video\s*(?:conference|link)|videoconference)|\bremotely\b|\bonline\b|\bvideo\s*link\b|\bvirtually\b/i.test(sentence);
  if (attendance === "online") return "videoconference";
  if (attendance === "hybrid") return remote ? "videoconference" : "in_person";
  return remote ? "videoconference" : "in_person";
}

export interface ParticipantsContext {
  text: string;
  paragraphs: readonly Paragraph[];
  knowledge: ReaderKnowledge;
  date: PartialDate | null;
  attendanceMode: AttendanceMode;
  /** The meeting's IGO: memberships are read in it. */
  organizationId: string | null;
}

export interface ParticipantsResult {
  participants: ParticipantProposal[];
  chair: Fact<{ protocolOrder: number }> | null;
}

/** Who took part, in the order the text names them, reconciled with the people and posts the database knows. */
export function readParticipants(context: ParticipantsContext): ParticipantsResult {
  const { text, knowledge, date } = context;
  const sentences = context.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const participants: ParticipantProposal[] = [];
  const keyOf = new Map<string, ParticipantProposal>();
  let chair: Fact<{ protocolOrder: number }> | null = null;
  const messageOnly = new Set<ParticipantProposal>();

  for (const mention of findMentions(text, sentences, knowledge)) {
    const { item } = mention;
    const name = item.name!;
    const titlePosts = item.title ? postCandidates(item.title, knowledge, null, date).map((candidate) => candidate.id) : [];
    const person = reconcilePerson(name.text, knowledge, titlePosts, date);
    const key = person.reconciled.status === "matched" ? person.reconciled.id : `new:${normalizeText(name.text)}`;
    let participant = keyOf.get(key);
    if (!participant) {
      participant = build(mention, person, context, participants.length + 1);
      participants.push(participant);
      keyOf.set(key, participant);
      if (mention.kind === "message") messageOnly.add(participant);
    } else if (mention.kind !== "message") {
      messageOnly.delete(participant);
    }
    if (mention.kind === "chair") {
      participant.role = { value: "chair", evidence: { start: mention.sentence.start, end: mention.sentence.end }, confidence: 0.9 };
      chair = { value: { protocolOrder: participant.protocolOrder }, evidence: { start: mention.sentence.start, end: mention.sentence.end }, confidence: 0.9 };
    }
    if (mention.kind === "message") {
      participant.mode = { value: "video_message", evidence: { start: mention.sentence.start, end: mention.sentence.end }, confidence: 0.9 };
    }
  }
  for (const participant of messageOnly) {
    if (participant.role.value !== "chair") participant.role = { ...participant.role, value: "speaker", confidence: 0.8 };
  }
  return { participants, chair };
}

function build(
  mention: ParticipantMention,
  person: ReturnType<typeof reconcilePerson>,
  context: ParticipantsContext,
  protocolOrder: number,
): ParticipantProposal {
  const { knowledge, date, attendanceMode, organizationId } = context;
  const { item, sentence } = mention;
  const personId = person.reconciled.status === "matched" ? person.reconciled.id : null;
  const post = item.title ? reconcilePost(item.title, knowledge, personId, date) : null;
  const postId = post?.reconciled.status === "matched" ? post.reconciled.id : null;
  const knownPost = knowledge.posts.find((candidate) => candidate.id === postId);
  const occupancy = knowledge.occupancies.find(
    (candidate) => candidate.personId === personId && candidate.postId === postId && covers(candidate, date),
  );
  const titleEvidence = item.title ? { start: item.title.start, end: item.title.end } : { start: item.start, end: item.end };

  const countryId = knownPost?.countryId ?? item.title?.country?.id ?? mention.countryHint ?? null;
  const organizationIdOfPerson = countryId ? null : (knownPost?.organizationId ?? item.title?.organization?.id ?? null);
  const country = countryId
    ? {
        value: { countryId, asStated: item.title?.country?.asStated ?? "" },
        evidence: item.title?.country ? { start: item.title.country.start, end: item.title.country.end } : titleEvidence,
        confidence: knownPost?.countryId ? 0.95 : 0.7,
      }
    : null;
  const organization = organizationIdOfPerson
    ? {
        value: { organizationId: organizationIdOfPerson, asStated: item.title?.organization?.asStated ?? "" },
        evidence: item.title?.organization ? { start: item.title.organization.start, end: item.title.organization.end } : titleEvidence,
        confidence: knownPost?.organizationId ? 0.95 : 0.7,
      }
    : null;

  const category = categoryOf(knowledge, organizationId, countryId, organizationIdOfPerson, date, mention.categoryHint);
  const role: ParticipationRole = category.value === "igo_official" || category.value === "guest_organization" ? "participant" : "head_of_delegation";
  const sentenceEvidence = { start: sentence.start, end: sentence.end };
  return {
    protocolOrder,
    titleAsStated: item.text,
    nameAsStated: item.name!.text,
    person: { value: person.reconciled, evidence: { start: item.name!.start, end: item.name!.end }, confidence: person.confidence },
    post: post && item.title ? { value: post.reconciled, evidence: titleEvidence, confidence: post.confidence } : null,
    occupancyId: occupancy?.id ?? null,
    country,
    organization,
    category: { value: category.value, evidence: category.fromHint ? sentenceEvidence : titleEvidence, confidence: category.confidence },
    role: { value: role, evidence: sentenceEvidence, confidence: 0.7 },
    mode: { value: modeOf(mention.kind, attendanceMode, clauseOf(context.text, sentence, item)), evidence: sentenceEvidence, confidence: 0.8 },
    evidence: { start: item.start, end: item.end },
    confidence: Math.min(person.confidence, post?.confidence ?? 0.5),
  };
}

function categoryOf(
  knowledge: ReaderKnowledge,
  meetingOrganizationId: string | null,
  countryId: string | null,
  organizationId: string | null,
  date: PartialDate | null,
  hint: ParticipationCategory | null,
): { value: ParticipationCategory; confidence: number; fromHint: boolean } {
  if (countryId) {
    const membership = meetingOrganizationId
      ? knowledge.memberships.find(
          (candidate) => candidate.organizationId === meetingOrganizationId && candidate.countryId === countryId && covers(candidate, date),
        )
      : undefined;
    const fromStatus: Partial<Record<string, ParticipationCategory>> = {
      member: "member_state",
      founding_member: "member_state",
      observer: "observer_state",
      dialogue_partner: "dialogue_partner",
    };
    const category = membership ? fromStatus[membership.status] : undefined;
    if (category) return { value: category, confidence: hint && hint !== category ? 0.6 : 0.95, fromHint: false };
    if (hint) return { value: hint, confidence: 0.6, fromHint: true };
    return { value: "guest_state", confidence: 0.6, fromHint: false };
  }
  if (organizationId) {
    const ours = meetingOrganizationId && rootOrganization(knowledge, organizationId)?.id === meetingOrganizationId;
    return ours ? { value: "igo_official", confidence: 0.9, fromHint: false } : { value: "guest_organization", confidence: 0.8, fromHint: false };
  }
  return { value: hint ?? "guest_state", confidence: 0.3, fromHint: hint !== null };
}
