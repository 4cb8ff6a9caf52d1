// In which capacity someone took part: member state, observer state, dialogue partner, guest, an official of the
// meeting's own organization or of another one. Three sources, by weight: the words about that person or their list
// ("X, who was invited as a guest of honour", "A and B took part as observers", a heading "Observer states:"), the
// meeting body's memberships in the reference data at the date, and the words of the sentence at large.
import type { PartialDate } from "../common/partial-date";
import type { ParticipationCategory } from "../entities/participation";
import type { JointSummit } from "./joint-summits";
import type { KnownMembership, ReaderKnowledge } from "./knowledge";
import { membershipsOf, rootOrganization, seatsItsHolder } from "./knowledge";
import { covers, opensWithOrganizationAbbreviation } from "./titles";
import { HEAD_OF_STATE_OR_GOVERNMENT, ORGANIZATION_NOUN } from "./vocabulary";

const HINTS: [RegExp, ParticipationCategory][] = [
  [/observer/i, "observer_state"],
  [/dialogue partner/i, "dialogue_partner"],
  [/\bguests?\b/i, "guest_state"],
  // "as the leader of an acceding state", "an applicant for membership": not a member yet, so a guest.
  [/\b(?:acceding|applicant)\b/i, "guest_state"],
  [/\bmember/i, "member_state"],
];

const MEETING_OF_MEMBERS =
  /\b(?:summit|meeting|session|council|conference|gathering)\s+of\s+(?:the\s+)?(?:heads\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}?member\s+(?:states|countries|nations)\b/gi;

const NOT_A_MEMBER =
  /\b(?:non-?members?|not\s+(?:yet\s+|even\s+)?(?:an?\s+|one\s+of\s+its\s+|one\s+of\s+the\s+)?members?)\b/gi;

const DELEGATION_MEMBERS =
  /\bmembers\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?delegations?\b/gi;

// A host's courtesy, no capacity: "welcomed his guests", "The distinguished guests included …", "the host's guests". A
// host calls every leader who came his guest, members first; "guests of honour", "invited guests", "as guests" and
// "guest countries" still name a capacity. A summit's "guest list" is everyone it invited, members first.
const COURTESY_GUESTS =
  /\bguest\s+list\b|\b(?:(?:his|her|their|our)\s+(?:(?:distinguished|esteemed|dear|high-ranking|high|honou?red)\s+)?|the\s+host['’]s\s+|(?:the\s+)?(?:distinguished|esteemed|dear|high-ranking|high|honou?red)\s+)guests\b(?!\s+of\s+honou?r)/gi;

/**
 * Whether a host's courtesy word stands right before `at` ("The distinguished guests included …", "His guests were
 * …"): the "guests" the lead-in begins with are then no capacity.
 */
export function courtesyBefore(text: string, at: number): boolean {
  return /\b(?:his|her|their|our|distinguished|esteemed|dear|high-ranking|honou?red)\s+$/i.test(
    text.slice(Math.max(0, at - 30), at),
  );
}

/**
 * The one category the words name ("as a guest of the presiding side", "observer states"); none if they name two.
 * `explicit`: only a word that names a capacity, not "invited" (observers are invited too).
 */
export function categoryHintOf(text: string, explicit = false): ParticipationCategory | null {
  // "took part in the summit of the member states": the meeting's name, not a capacity; "in the expanded format, with
  // the members of the delegations": the people beside the leaders, no member state.
  // "who is not a member", "the non-member states": a guest's words, not a member's. "His guests": a host's courtesy.
  const words = text
    .replace(COURTESY_GUESTS, "")
    .replace(MEETING_OF_MEMBERS, "")
    .replace(DELEGATION_MEMBERS, "")
    .replace(NOT_A_MEMBER, "guest");
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

// A relative clause on one person alone, right after the name: "Prime Minister X, who was invited as a guest, and
// President Y took part", "President X, whose country is an observer, attended".
const OWN_RELATIVE_CLAUSE = /^\s*,\s*(?:who|whose)\s[^,;.]{1,80}/i;

/** The category a relative clause right after a person's name gives them alone (`after`: the text after the name). */
export function relativeClauseHint(after: string): ParticipationCategory | null {
  const clause = OWN_RELATIVE_CLAUSE.exec(after);
  return clause ? categoryHintOf(clause[0], true) : null;
}

/**
 * Words the sentence says about one person only, left out of the sentence's own hint: a relative clause first, so
 * that "…, as well as X, who was invited as a guest" keeps the guest to X; "as well as" joins items, it is no aside.
 */
export function withoutAsides(sentence: string): string {
  return sentence.replace(/,\s+(?:who|which)\s[^,;]*/gi, "").replace(/,\s+as\s(?!well\s+as\b)[^,;]*,/gi, "");
}

// An organ named by its kind alone, as a release of the organization names its own: "Chairman of the Executive
// Committee", "Head of the Secretariat".
const UNNAMED_ORGAN =
  /\bof\s+the\s+(?:Executive\s+Committee|Secretariat|Executive\s+Body|Permanent\s+Council|Executive\s+Secretariat)\s*$/i;

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
  /** The person's title as stated ("Chairman of the Executive Committee"). */
  title?: string | null;
  /** The title names a country the reference data does not hold ("President of Sri Lanka"). */
  unknownCountry?: boolean;
  /** The meeting is a joint summit of two organizations ("the first ASEAN–GCC Summit"). */
  joint?: JointSummit | null;
}

const FROM_STATUS: Partial<Record<string, ParticipationCategory>> = {
  member: "member_state",
  founding_member: "member_state",
  observer: "observer_state",
  dialogue_partner: "dialogue_partner",
};

/**
 * Whether a membership seats its country at a meeting on `date`: its term runs that day and seats its holder (no
 * candidate's or suspended member's); or it is a founder's and the organization has no member yet that day, its
 * founding treaty not yet in force (the Supreme Eurasian Economic Council of May 2014, the Union in being from 1 January
 * 2015) — as `categoryOf` reads a founder then. `organizationMemberships`: all the organization's memberships.
 */
export function seatedOn(
  membership: KnownMembership,
  date: PartialDate | null,
  organizationMemberships: readonly KnownMembership[],
): boolean {
  if (!seatsItsHolder(membership)) return false;
  if (covers(membership, date)) return true;
  return (
    membership.status === "founding_member" &&
    date !== null &&
    membership.startDate !== null &&
    membership.startDate > date &&
    organizationMemberships.every((other) => other.startDate !== null && other.startDate > date)
  );
}

/** The category a country's membership at the date gives; with no date, the latest one's. */
function statusAt(
  memberships: readonly KnownMembership[],
  date: PartialDate | null,
): ParticipationCategory | undefined {
  const membership = memberships
    .filter((candidate) => covers(candidate, date))
    .sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? ""))[0];
  return membership ? FROM_STATUS[membership.status] : undefined;
}

/**
 * At a joint summit ("the first ASEAN–GCC Summit"), a country that is no party's member by the reference data of the
 * meeting's own organization: its status in another party the knowledge holds, else, when a party the knowledge does
 * not hold met too ("GCC"), a member of that one unless the words say otherwise — the Gulf leaders at the ASEAN–GCC
 * summit are the GCC's members, not ASEAN's guests.
 */
function jointSummitCategory(
  knowledge: ReaderKnowledge,
  joint: JointSummit,
  countryId: string,
  date: PartialDate | null,
  hint: ParticipationCategory | null,
): { value: ParticipationCategory; confidence: number; fromHint: boolean } | null {
  for (const partyId of joint.knownPartyIds) {
    const memberships = membershipsOf(knowledge, partyId).filter(
      (candidate) => candidate.countryId === countryId,
    );
    const category = statusAt(memberships, date);
    if (category) return { value: category, confidence: 0.8, fromHint: false };
  }
  if (joint.otherParties.length === 0) return null;
  return hint
    ? { value: hint, confidence: 0.5, fromHint: true }
    : { value: "member_state", confidence: 0.5, fromHint: false };
}

/** The confidence of a category guessed for a country the reference data does not hold. */
const UNKNOWN_COUNTRY_GUESS = 0.4;

/**
 * A country the reference data does not hold, named with no words on its capacity, comes in the capacity of the
 * countries named with it, when they all share one ("Emir of Qatar X and President of Laos Y" at a summit where Qatar
 * is a guest): a text names together the ones who came the same way.
 */
export function followListNeighbours<
  T extends { country: unknown; category: { value: ParticipationCategory; confidence: number } },
>(participants: readonly T[], sentenceOf: (participant: T) => unknown): void {
  for (const participant of participants) {
    if (participant.country || participant.category.confidence !== UNKNOWN_COUNTRY_GUESS) continue;
    const shared = new Set(
      participants
        .filter((other) => other.country && sentenceOf(other) === sentenceOf(participant))
        .map((other) => other.category.value),
    );
    if (shared.size === 1)
      participant.category = { ...participant.category, value: [...shared][0]!, confidence: 0.5 };
  }
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
    // The body's memberships, held on the organization or on one of its bodies, and this country's among them.
    const ofBody = meetingOrganizationId ? membershipsOf(knowledge, meetingOrganizationId) : [];
    const memberships = ofBody.filter((candidate) => candidate.countryId === countryId);
    const category = statusAt(memberships, date);
    const hint = own ?? sentence;
    if (evidence.joint && !category) {
      const joint = jointSummitCategory(knowledge, evidence.joint, countryId, date, hint);
      if (joint) return joint;
    }
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
    // … whether the sentence says nothing or names members at large.
    if (founder && (!hint || hint === "member_state"))
      return { value: "member_state", confidence: 0.7, fromHint: false };
    // The reference data holds no membership of the body at all (or the body is unknown): it says nothing of this
    // country's status, so the words decide, and without them the common case, a member.
    if (ofBody.length === 0)
      return hint
        ? { value: hint, confidence: 0.5, fromHint: true }
        : { value: "member_state", confidence: 0.4, fromHint: false };
    // The reference data knows the body's members and this country is none of them that day: a generic "member
    // states" in the sentence at large is about the others ("the leaders of the member states and of Turkmenistan").
    if (hint === "member_state" && !own && ofBody.length > 0)
      return { value: "guest_state", confidence: 0.5, fromHint: false };
    if (hint) return { value: hint, confidence: 0.6, fromHint: true };
    return { value: "guest_state", confidence: 0.6, fromHint: false };
  }
  // A country the reference data does not hold: it says nothing of its status either, so the words decide, and
  // without them the common case, a member, at low confidence (readParticipants may follow its list neighbours).
  if (evidence.unknownCountry) {
    const hint = own ?? sentence;
    return hint
      ? { value: hint, confidence: 0.5, fromHint: true }
      : { value: "member_state", confidence: UNKNOWN_COUNTRY_GUESS, fromHint: false };
  }
  if (organizationId) {
    const root = rootOrganization(knowledge, organizationId)?.id ?? organizationId;
    // At a joint summit ("the ASEAN–GCC Summit"), the officials of either party are the meeting's own.
    const parties = (evidence.joint?.knownPartyIds ?? []).map(
      (partyId) => rootOrganization(knowledge, partyId)?.id ?? partyId,
    );
    const ours = (meetingOrganizationId && root === meetingOrganizationId) || parties.includes(root);
    return ours
      ? { value: "igo_official", confidence: 0.9, fromHint: false }
      : { value: "guest_organization", confidence: 0.8, fromHint: false };
  }
  // "Chairman of the Executive Committee X": an organ named by its kind alone is the meeting's own organization's.
  const title = evidence.title ?? "";
  if (meetingOrganizationId && UNNAMED_ORGAN.test(title))
    return { value: "igo_official", confidence: 0.6, fromHint: false };
  // "President of the Asian Development Bank", "Islamic Development Bank President": an organization the reference
  // data does not hold, another than the meeting's.
  if (title.split(/\s+/).some((word) => ORGANIZATION_NOUN.test(word.replace(/[,.;:'’s]+$/, ""))))
    return { value: "guest_organization", confidence: 0.5, fromHint: false };
  // "Secretary General of TURKPA": an organization the reference data does not hold, by its abbreviation, at a meeting
  // of a body it does hold, not a joint summit's (where the abbreviation may be the other body's).
  // So is "WTO Director-General X", "IMF Managing Director Y": the abbreviation before the head's title.
  if (
    meetingOrganizationId &&
    !evidence.joint &&
    (/\bof\s+(?:the\s+)?\p{Lu}{2,8}$/u.test(title.trim()) || opensWithOrganizationAbbreviation(title))
  )
    return { value: "guest_organization", confidence: 0.5, fromHint: false };
  // "Secretary General X attended", "the Commonwealth's Executive Secretary, X": the head of an organization the text
  // does not name is the meeting's own organization's.
  if (meetingOrganizationId && isOrganizationTitle(evidence.roleNoun))
    return { value: "igo_official", confidence: 0.6, fromHint: false };
  const hint = own ?? sentence;
  if (hint) return { value: hint, confidence: 0.3, fromHint: true };
  // "President Putin said …", "Prime Minister Sharif thanked the host": a head of state or government the text names
  // with no country, at a summit, is far more often one of its members than a guest (guests are usually named as
  // such), so the common case, at the same low confidence as an unknown country's (readParticipants may follow its
  // list neighbours).
  if (LEADER_TITLE.test(title))
    return { value: "member_state", confidence: UNKNOWN_COUNTRY_GUESS, fromHint: false };
  return { value: "guest_state", confidence: 0.3, fromHint: false };
}

/** A head of state's or government's title, not a deputy's or a former one's. */
const LEADER_TITLE = new RegExp(
  String.raw`^(?!.*\b(?:Vice|Deputy|Former|Acting|First\s+Lady)\b)(?:.*\s)?(?:${HEAD_OF_STATE_OR_GOVERNMENT}|Head\s+of\s+State)\b`,
  "i",
);
