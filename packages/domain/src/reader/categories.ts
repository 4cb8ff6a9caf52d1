// In which capacity someone took part: member state, observer state, dialogue partner, guest, an official of the
// meeting's own organization or of another one. Three sources, by weight: the words about that person or their list
// ("X, who was invited as a guest of honour", "A and B took part as observers", a heading "Observer states:"), the
// meeting body's memberships in the reference data at the date, and the words of the sentence at large.
import type { PartialDate } from "../common/partial-date";
import type { ParticipationCategory } from "../entities/participation";
import type { ReaderKnowledge } from "./knowledge";
import { rootOrganization } from "./knowledge";
import { covers } from "./titles";

const HINTS: [RegExp, ParticipationCategory][] = [
  [/observer/i, "observer_state"],
  [/dialogue partner/i, "dialogue_partner"],
  [/\bguests?\b/i, "guest_state"],
  [/\bmember/i, "member_state"],
];

/**
 * The one category the words name ("as a guest of the presiding side", "observer states"); none if they name two.
 * `explicit`: only a word that names a capacity, not "invited" (observers are invited too).
 */
export function categoryHintOf(words: string, explicit = false): ParticipationCategory | null {
  const named = HINTS.filter(([pattern]) => pattern.test(words)).map(([, category]) => category);
  if (!named.length && !explicit && /\binvited\b/i.test(words)) return "guest_state";
  return named.length === 1 ? named[0]! : null;
}

/**
 * The words of a list that are about one item alone: a role phrase right after it ("X, who was invited as a guest of
 * honour, and Y", "X as head of an observer state") or an aside right before it ("A and, as a guest of the host, B").
 */
export function ownCategoryHint(
  text: string,
  items: readonly { start: number; end: number }[],
  index: number,
  listStart: number,
  listEnd: number,
): ParticipationCategory | null {
  const item = items[index]!;
  const after = text.slice(item.end, items[index + 1]?.start ?? listEnd).split(/,\s+and\s|\s+and\s*,/)[0]!;
  if (/^\s*,?\s*(?:as|who|which)\b/i.test(after)) {
    const hint = categoryHintOf(after, true);
    if (hint) return hint;
  }
  const before = text.slice(items[index - 1]?.end ?? listStart, item.start);
  const aside = /,\s*as\s[^,]*,\s*$/i.exec(before);
  return aside ? categoryHintOf(aside[0], true) : null;
}

/** Words the sentence says about one person only, left out of the sentence's own hint. */
export function withoutAsides(sentence: string): string {
  return sentence.replace(/,\s+(?:who|which)\s[^,;]*|,\s+as\s[^,;]*,/gi, "");
}

const IGO_TITLE = /^(?:Deputy\s+)?(?:Secretary[-\s]General|Director[-\s]General|Executive\s+Secretary)$/i;

/** A title only an organization has: "Secretary-General", "Executive Secretary", "Director-General". */
export function isOrganizationTitle(roleNoun: string | null): boolean {
  return roleNoun !== null && IGO_TITLE.test(roleNoun);
}

export interface CategoryEvidence {
  meetingOrganizationId: string | null;
  countryId: string | null;
  /** The organization the person's post belongs to, when they hold no country's post. */
  organizationId: string | null;
  date: PartialDate | null;
  /** Words about this person or their list. */
  own: ParticipationCategory | null;
  /** Words of the sentence at large. */
  sentence: ParticipationCategory | null;
  /** The noun heading the person's title ("Secretary-General"), for an official whose organization goes unnamed. */
  roleNoun: string | null;
}

export function categoryOf(
  knowledge: ReaderKnowledge,
  evidence: CategoryEvidence,
): { value: ParticipationCategory; confidence: number; fromHint: boolean } {
  const { meetingOrganizationId, countryId, organizationId, date, own, sentence } = evidence;
  if (countryId) {
    // The text's words about this person win over the reference data, except a generic "member" ("the heads of the
    // member states: …") against a status the reference holds.
    if (own && own !== "member_state") return { value: own, confidence: 0.8, fromHint: true };
    const memberships = meetingOrganizationId
      ? knowledge.memberships.filter(
          (candidate) =>
            candidate.organizationId === meetingOrganizationId && candidate.countryId === countryId,
        )
      : [];
    const membership = memberships.find((candidate) => covers(candidate, date));
    const fromStatus: Partial<Record<string, ParticipationCategory>> = {
      member: "member_state",
      founding_member: "member_state",
      observer: "observer_state",
      dialogue_partner: "dialogue_partner",
    };
    const category = membership ? fromStatus[membership.status] : undefined;
    const hint = own ?? sentence;
    if (category)
      return { value: category, confidence: hint && hint !== category ? 0.6 : 0.95, fromHint: false };
    // A founder meets as a member before the founding treaty it signs comes into force.
    const founder = memberships.some(
      (candidate) =>
        candidate.status === "founding_member" &&
        date !== null &&
        candidate.startDate !== null &&
        candidate.startDate > date,
    );
    if (founder && !hint) return { value: "member_state", confidence: 0.7, fromHint: false };
    if (hint) return { value: hint, confidence: 0.6, fromHint: true };
    return { value: "guest_state", confidence: 0.6, fromHint: false };
  }
  if (organizationId) {
    const ours =
      meetingOrganizationId && rootOrganization(knowledge, organizationId)?.id === meetingOrganizationId;
    return ours
      ? { value: "igo_official", confidence: 0.9, fromHint: false }
      : { value: "guest_organization", confidence: 0.8, fromHint: false };
  }
  // "Secretary General X attended", "the Commonwealth's Executive Secretary, X": the head of an organization the text
  // does not name is the meeting's own organization's.
  if (meetingOrganizationId && isOrganizationTitle(evidence.roleNoun))
    return { value: "igo_official", confidence: 0.6, fromHint: false };
  const hint = own ?? sentence;
  return { value: hint ?? "guest_state", confidence: 0.3, fromHint: hint !== null };
}
