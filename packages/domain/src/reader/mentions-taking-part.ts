import type { PartialDate } from "../common/partial-date";
import { isOrganizationTitle, seatedOn } from "./categories";
import { chairingCountry } from "./chair";
import { membershipsOf, rootOrganization, type ReaderKnowledge } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import {
  actAtTheTable,
  placedAway,
  knownLeaderCountry,
  LEADER_NOUN,
  NO_WORD_OF_TAKING_PART,
  noDelegate,
  participantOfMention,
  type ParticipantsContext,
} from "./participants";
import { namedPeopleLeftOut, withoutParticipants, type NamedPersonLeftOut } from "./person-mentions";
import { possessiveLeaderPost, possessiveNamedLeftOut } from "./possessive-mentions";
import type { ParticipantProposal, PersonMention } from "./proposal";
import { normalize as normalizeText, type Sentence } from "./segment";
import { listAct, type ListAct, type NamedSpan } from "./taking-part-in-lists";
import type { TitledName } from "./titles";
import { occupanciesOn, parseTitle } from "./titles";

// A leader's post besides a head of state's or government's: one who stands in for him at a summit.
const STAND_IN_LEADER = /^(?:Vice[-\s]President|Crown\s+Prince)$/i;
// Heads of state or government under posts no leader's noun names: a state counsellor ("State Counsellor of Myanmar
// X"), and the head of the council that is a state's collective head ("the Chairman of the Presidential Council of
// Libya", "the Head of the Sovereign Council of Sudan", "the Chairman of the Presidential Leadership Council of Yemen").
// … and a chief adviser, the head of an interim government ("Chief Adviser of Bangladesh X").
const STATE_COUNSELLOR = /^(?:State\s+Counsel+or|Chief\s+Advis[eo]r)$/i;
const COUNCIL_HEAD = /^(?:Chair(?:man|woman|person)?|Head|President)$/i;
const STATE_COUNCIL =
  /\b(?:Presidential(?:\s+Leadership)?|Presidency|Sovereign(?:ty)?|Transitional\s+Sovereignty|State\s+Administration|Revolutionary\s+Command)\s+Council\b/i;
// A post that stands in for a leader: a foreign minister's, a deputy head of government's.
const STAND_IN_POST =
  /^(?:Foreign\s+Minister|(?:First\s+)?(?:Deputy|Vice)[-\s]Prime\s+Minister|Vice[-\s]Premier)$/i;
// A capitalised name, or its possessive, right before a title: "NATO's ", "UN ", "the Commonwealth's ".
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:['’]s)?\s+$/u;
// A leader's post in apposition to a name, with the country it is of: "The Emir of Qatar, " before the name, ", Amir of
// the State of Kuwait" after it.
const LEADER_POST_WORDS = String.raw`(?:(?:Vice[-\s])?President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|Sultan|Crown\s+Prince)`;
// One leader's post or a chain of them ("Crown Prince and Prime Minister of the Kingdom of Saudi Arabia").
const APPOSED_POST = String.raw`${LEADER_POST_WORDS}(?:\s*(?:,|and)\s+${LEADER_POST_WORDS})*\s+of\s+(?:the\s+)?`;
const APPOSED_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\band\s+)(?:the\s+)?(${APPOSED_POST}([^,;:()]{2,60}?)),\s*$`,
  "iu",
);
const APPOSED_AFTER = new RegExp(
  String.raw`^,\s*(?:the\s+)?(${APPOSED_POST}([^,;:().]{2,60}?))\s*(?=[,;:.]|$)`,
  "iu",
);
// Words before a post that make it a past, a late or a coming one's: "the late Emir of Kuwait, X".
const NOT_NOW_BEFORE = /\b(?:former|late|then|ex-|outgoing|incoming|future|next)\s+$/i;
// The head of an organization's secretariat, who serves its bodies' sessions.
const OWN_OFFICER = /^(?:Secretary[-\s]General|Executive\s+Secretary|Director[-\s]General)$/i;

/**
 * Confidence of a participant read from the words around a mention and the reference data, below any read from a verb
 * of attending (their confidence starts at the person's and the post's; lower still if one of those is lower): the
 * review screen shows them first.
 */
export const TAKING_PART_BY_EVIDENCE_CONFIDENCE = 0.2;

/** What the decision weighs for one mention. */
export interface TakingPartEvidence {
  /** The country the title names, or whose leader's post the reference data holds the person in on the date. */
  countryId: string | null;
  /** The title is a leader's post (head of state or government, vice-president, crown prince), by its words or the reference data. */
  leader: boolean;
  /**
   * The title is a post that stands in for a leader at a summit his country sends no leader to: a foreign minister's, a
   * deputy head of government's.
   */
  standIn: boolean;
  /** The country is a member, observer, partner or guest of the meeting's organization on the date. */
  member: boolean;
  /**
   * The reference data holds a membership of the country that is not in force on the date: suspended, not yet joined,
   * or left.
   */
  membershipNotInForce?: boolean;
  /** A participant is already from that country: a state has one head of delegation. */
  represented: boolean;
  /** The head of the meeting's own organization's secretariat ("Secretary-General X", "the council's Secretary General"). */
  ownOfficer: boolean;
  /** What they did at the table, as the subject of a sentence or clause of its own (`actAtTheTable`); null if nothing. */
  act: string | null;
  /** The words around them put them away from the table (`placedAway`): absent, to the press, another day or meeting. */
  away: boolean;
  /**
   * What the words before the run of names they are named in say of the whole run (`listAct`): signed the meeting's
   * documents, held talks on its sidelines, thanked for taking part, addressed it, spoke in turn; null if none.
   */
  listAct: ListAct | null;
  /**
   * A word of the name is a word of a participant's name read already: a short form of one ("President Hu" beside "Hu
   * Jintao", "Prime Minister Najib" beside "Najib Razak"), or one of his family.
   */
  namesAParticipant?: boolean;
  /**
   * The "name" follows the title's "of" ("the President of Faso said"): the word names the country or body the title is
   * of, which the reference data does not hold, not a person.
   */
  nameAfterOf?: boolean;
  /** Named without a title, by a name the reference data holds, and the words around them say they took part. */
  untitledTookPart: boolean;
  /**
   * A leader's post in apposition that names the country the title does not ("The Emir of Qatar, Sheikh Tamim …"):
   * the participant's post is read from it. Null if none.
   */
  apposedPost?: { start: number; end: number } | null;
  /**
   * The leader's country is the reference data's, and the title is a style or an honorific, no leader's post ("Sheikh
   * Tamim …", "His Royal Highness Prince Mohammed …"): the participant's post is the one the reference data holds.
   */
  heldPostInstead?: boolean;
  /**
   * Named by the country's possessive alone, no title and no post the reference data holds ("Cambodia's Hun Sen said
   * …"): not on the mentions list, and no leader by any word; a head of delegation when he acts at the table for a
   * member no one else is from.
   */
  possessive?: boolean;
}

export interface MentionsTakingPartContext {
  participants: ParticipantsContext;
  /** The sentences the participants were read from. */
  sentences: readonly Sentence[];
  /** The participants read from verbs of attending and the lists. */
  read: readonly ParticipantProposal[];
  membersDropped: readonly ParticipantProposal[];
  /** The family name of the one the headline says chairs the meeting ("Peña Nieto chairs …"), if any. */
  headlineChair?: string | null;
}

/** Whether a title is a stand-in's post: "Foreign Minister", "Minister of Foreign Affairs", "Deputy Prime Minister". */
function standInPost(item: TitledName): boolean {
  const roleNoun = item.title?.roleNoun ?? "";
  return (
    STAND_IN_POST.test(roleNoun) ||
    (/^Minister$/i.test(roleNoun) && /\b(?:foreign|external)\s+affairs\b/i.test(item.title?.text ?? ""))
  );
}

/** The meeting's organizations: its IGO, or both parties of a joint summit the reference data holds. */
function meetingOrganizations(context: ParticipantsContext): string[] {
  return [
    ...new Set([
      ...(context.organizationId ? [context.organizationId] : []),
      ...(context.joint?.knownPartyIds ?? []),
    ]),
  ];
}

/** The country whose head of state's or government's post the reference data holds the matched person in on the date. */
function leaderPostCountry(
  knowledge: ReaderKnowledge,
  personId: string | null,
  date: PartialDate | null,
): string | null {
  if (!personId) return null;
  const countries = occupanciesOn(knowledge, personId, date)
    .map((occupancy) => knowledge.posts.find((post) => post.id === occupancy.postId))
    .filter((post) => post?.countryId && /^head_of_/.test(post.role))
    .map((post) => post!.countryId!);
  return countries.length > 0 && countries.every((id) => id === countries[0]) ? countries[0]! : null;
}

const sameWords = (a: string, b: string) =>
  a
    .replace(/[-\s]+/g, " ")
    .trim()
    .toLowerCase() ===
  b
    .replace(/[-\s]+/g, " ")
    .trim()
    .toLowerCase();

/** The sentence before `sentence` when no paragraph break parts them, as text; else null. */
function previousInParagraph(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
): string | null {
  const at = sentences.findIndex((other) => other.start === sentence.start);
  const previous = at > 0 ? sentences[at - 1]! : null;
  return previous && !/\n\s*\n/.test(text.slice(previous.end, sentence.start)) ? previous.text : null;
}

/**
 * A leader's post in apposition to a name, with the one country it is of, when the title the reader attached to the
 * name names none: "The Emir of Qatar, Sheikh Tamim …, said" (the post before the name, set off by commas), "Sheikh
 * Sabah …, Amir of the State of Kuwait;" (after it). Not a former, late or coming leader's post ("the late Emir of
 * Kuwait, X"). Its span, so that the participant's post is read from it. Never a post whose country a name follows
 * ("King A, President of the Republic of B C, …"): in a run of titled names that is the next person's title.
 */
export function apposedLeaderPost(
  text: string,
  knowledge: ReaderKnowledge,
  sentence: { start: number; end: number },
  item: { start: number; end: number },
): { start: number; end: number; countryId: string } | null {
  const before = text.slice(sentence.start, item.start);
  const after = text.slice(item.end, sentence.end);
  const found = APPOSED_BEFORE.exec(before);
  const next = found ? null : APPOSED_AFTER.exec(after);
  const matched = found
    ? { post: found[1]!, at: sentence.start + found.index + found[0].indexOf(found[1]!) }
    : next
      ? { post: next[1]!, at: item.end + next[0].indexOf(next[1]!) }
      : null;
  if (!matched) return null;
  if (NOT_NOW_BEFORE.test(text.slice(sentence.start, matched.at))) return null;
  const end = matched.at + matched.post.length;
  const inPost = countryMentions(text, knowledge, matched.at, end);
  const lastCountryEnd = Math.max(matched.at, ...inPost.map((mention) => mention.end));
  if (/^\s+\p{Lu}/u.test(text.slice(lastCountryEnd, end))) return null;
  const countries = new Set(inPost.map((mention) => mention.id));
  return countries.size === 1 ? { start: matched.at, end, countryId: [...countries][0]! } : null;
}

const nameWords = (name: string) =>
  normalizeText(name)
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1);

/** Whether a word of `name` is a word of a participant's name. */
function sharesAWord(name: string, participants: readonly ParticipantProposal[]): boolean {
  const words = new Set(participants.flatMap((participant) => nameWords(participant.nameAsStated)));
  return nameWords(name).some((word) => words.has(word));
}

/** The features of one mention, read from its words and the reference data. */
export function takingPartEvidence(
  context: MentionsTakingPartContext,
  named: NamedPersonLeftOut,
  represented: ReadonlySet<string>,
  names: readonly NamedSpan[] = [],
): TakingPartEvidence {
  const { knowledge, date, text } = context.participants;
  const { item, mention, sentence } = named;
  const personId = mention.person.value.status === "matched" ? mention.person.value.id : null;
  const roleNoun = item.title?.roleNoun ?? null;
  const heldCountry =
    leaderPostCountry(knowledge, personId, date) ??
    (item.name ? knownLeaderCountry(item.name.text, knowledge, date) : null);
  // A post in apposition counts only when the title the reader attached names no country of its own.
  const apposed = item.title?.country ? null : apposedLeaderPost(text, knowledge, sentence, item);
  const countryId = item.title?.country?.id ?? apposed?.countryId ?? heldCountry;
  // Titled as a leader ("President", "Crown Prince"), not only styled ("Sheikh") or honoured.
  const titledLeader =
    roleNoun !== null &&
    (LEADER_NOUN.test(roleNoun) ||
      STAND_IN_LEADER.test(roleNoun) ||
      STATE_COUNSELLOR.test(roleNoun) ||
      (COUNCIL_HEAD.test(roleNoun) && item.title?.country != null && STATE_COUNCIL.test(item.title.text)));
  const leader = titledLeader || (heldCountry !== null && heldCountry === countryId) || apposed !== null;
  const standIn = !leader && standInPost(item);
  const organizations = meetingOrganizations(context.participants);
  const memberships = organizations.flatMap((organizationId) => membershipsOf(knowledge, organizationId));
  const member =
    countryId !== null &&
    memberships.some(
      (membership) =>
        membership.countryId === countryId &&
        seatedOn(
          membership,
          date,
          memberships.filter((other) => other.organizationId === membership.organizationId),
        ),
    );
  const titleOrganization = item.title?.organization?.id ?? null;
  // "The Commonwealth's Secretary General, X", not "NATO's Secretary General, X": a name right before an untitled
  // office is the organization whose office it is, and must be the meeting's.
  const namedBefore = NAME_BEFORE.exec(text.slice(Math.max(sentence.start, item.start - 60), item.start));
  const ownBefore =
    !namedBefore ||
    organizationMentions(text, knowledge, item.start - namedBefore[0].length, item.start).some((found) =>
      organizations.includes(rootOrganization(knowledge, found.id)?.id ?? found.id),
    );
  const ownOfficer =
    item.title !== null &&
    !item.title.country &&
    roleNoun !== null &&
    OWN_OFFICER.test(roleNoun) &&
    isOrganizationTitle(roleNoun) &&
    organizations.length > 0 &&
    (titleOrganization === null
      ? sameWords(item.title.text.replace(/^\s*the\s+/i, ""), roleNoun) && ownBefore
      : organizations.includes(rootOrganization(knowledge, titleOrganization)?.id ?? titleOrganization));
  const year = date ? date.slice(0, 4) : null;
  return {
    countryId,
    leader,
    standIn,
    member,
    membershipNotInForce: !member && memberships.some((membership) => membership.countryId === countryId),
    represented: countryId !== null && represented.has(countryId),
    ownOfficer,
    // With a post in apposition ("The Emir of Qatar, Sheikh X, said …", "Sheikh X, Crown Prince and Prime Minister of
    // Y, proposed …"), the clause is the one the name and the post open together.
    act: actAtTheTable(
      text,
      sentence,
      apposed ? { start: Math.min(apposed.start, item.start), end: Math.max(apposed.end, item.end) } : item,
      year,
    ),
    away:
      placedAway(text, sentence, item, year) ||
      noDelegate(text, sentence, item, context.participants.venueCity ?? null),
    listAct: listAct(
      text,
      sentence,
      item,
      names,
      year,
      previousInParagraph(text, context.sentences, sentence),
    ),
    untitledTookPart: item.title === null && mention.reason === null,
    namesAParticipant: item.name !== null && sharesAWord(item.name.text, context.read),
    nameAfterOf: item.name !== null && /\bof\s+(?:the\s+)?$/i.test(text.slice(item.start, item.name.start)),
    apposedPost: apposed ? { start: apposed.start, end: apposed.end } : null,
    heldPostInstead: heldCountry !== null && heldCountry === countryId && !titledLeader,
    possessive:
      item.title !== null &&
      item.title.roleNoun === null &&
      item.name !== null &&
      /['’]s\s+$/.test(text.slice(item.start, item.name.start)),
  };
}

/**
 * Whether the run of names a person is named in says they took part (`listAct`): a head of state or government of a
 * country no participant is from yet, or the head of the organization's own secretariat. For being thanked for taking
 * part, addressing the meeting, speaking in turn or sharing an act at the table with the run, one standing in for a
 * leader too; not for signing, sideline talks or a welcome on arrival (a minister signs, meets and is met at meetings
 * of his own). The reason the reader gave them must be none but the words right before them ("signed by", "talks
 * with", "gratitude to", "addressed by", "followed by", "greeted"). Heads of other organizations stay to the reader's
 * own reading: a run names them as often for what their organization did.
 */
function takesPartInARun(reason: string | null, evidence: TakingPartEvidence): boolean {
  if (evidence.listAct === null) return false;
  // What a run said together is weighed as one person's saying is: never when the words put them away.
  if (evidence.listAct === "said together" && evidence.away) return false;
  if (reason !== NO_WORD_OF_TAKING_PART && !reason?.startsWith("named as merely mentioned")) return false;
  if (evidence.ownOfficer) return true;
  if (evidence.countryId === null || evidence.represented) return false;
  // A foreign minister or deputy head of government standing in is thanked, heard and given the floor as a leader is;
  // a spokesman, an aide or a minister of another portfolio is not a head of delegation whatever the run's words.
  const leaderOnly =
    evidence.listAct === "signed" ||
    evidence.listAct === "sideline talks" ||
    evidence.listAct === "welcomed on arrival" ||
    evidence.listAct === "met in session" ||
    evidence.listAct === "said together";
  // One named by his country's possessive alone, for a member: as a leader is, but for what leaders alone do.
  return (
    evidence.leader ||
    (!leaderOnly && evidence.standIn) ||
    (!leaderOnly && evidence.possessive === true && evidence.member)
  );
}

/** Whether the evidence says the person took part. */
export function takesPart(reason: string | null, evidence: TakingPartEvidence): boolean {
  if (takesPartInARun(reason, evidence)) return true;
  // Named by a name the reference data holds a leader's post for, with words saying he took part that the reader's
  // titled reading never saw: "Xi Jinping told the summit …". A leader of a member, or one acting at the table.
  if (evidence.untitledTookPart && reason === null)
    return (
      !evidence.away &&
      evidence.leader &&
      evidence.countryId !== null &&
      !evidence.represented &&
      (evidence.member || evidence.act !== null)
    );
  if (reason !== NO_WORD_OF_TAKING_PART || evidence.away) return false;
  // The head of the meeting's own organization's secretariat, named in a release about its meeting with nothing putting
  // him away from it ("SCO Secretary-General X said the chairmanship passed to China", "GCC Secretary-General X read out
  // the declaration", "The Director General of the OECS Commission, X, built his remarks at the opening around …"): he
  // serves its bodies' sessions. (The open texts hold five such mentions, all of them participants; none who was not.)
  if (evidence.ownOfficer) return true;
  if (evidence.represented) return false;
  // A leader of no country the reference data holds, acting at the table in a clause of his own ("Lebanese President X
  // asked the leaders …"), unless the name may be a short form of a participant's.
  if (evidence.countryId === null)
    return (
      evidence.leader &&
      evidence.act !== null &&
      evidence.namesAParticipant !== true &&
      evidence.nameAfterOf !== true
    );
  // A member's foreign minister or deputy head of government, acting at the table, when no one of his country is there:
  // he stands in for the leader (read after the leaders, so that a leader named later is not taken for a second one).
  if (evidence.standIn) return evidence.member && evidence.act !== null;
  // "Cambodia's Hun Sen said …": no title says what he is, but one named by his country alone who speaks at the table
  // for a member no participant is from is its head of delegation.
  if (!evidence.leader) return evidence.possessive === true && evidence.member && evidence.act !== null;
  // A leader of a member, observer or partner the reference data holds; of any other country, one who acts at the table
  // (a guest: "Palestinian President X rejected …"), unless his country's membership is suspended, to come or over.
  return evidence.member || (evidence.act !== null && evidence.membershipNotInForce !== true);
}

// A verb of taking part right after the name, past an aside or the comma closing one: "President X took part in the
// summit", "X, the President of Y, attended the session".
const TOOK_PART_AFTER =
  /^(?:\s*,[^.;]{0,80}?,|\s*,)?\s+(?:also\s+|personally\s+)?(?:took\s+part|participated|attended|joined)\b/;

/**
 * Whether the one participant read is the subject of a verb of taking part ("President X took part in the summit"),
 * as a leader's own site reports its leader and then what the others said at the table; not a list of who was there
 * ("The session was attended by X"), which names everyone it counts.
 */
function tookPartAsSubject(text: string, participant: ParticipantProposal): boolean {
  const { end } = participant.evidence;
  return TOOK_PART_AFTER.test(text.slice(end, end + 200));
}

/**
 * A sentence that tells of another occasion than the meeting: an act before ("had signed", "recalled", "last week") or
 * to come ("will meet"), a call or a message, the host's meeting with them by video link.
 */
const ANOTHER_OCCASION =
  /\b(?:had|will|would|shall|recalled|ago|previous)\b|\blast\s+(?:week|month|year)\b|\b(?:phone|telephone)\s+(?:call|conversation)|\b(?:letter|telegram|message)\b|\bmet\b[^.;]*\bvideo\b/i;

// Words that put a sentence's leaders at a dinner, an airport, a photograph or before the press, or say what they are
// rather than what they did ("is a keen supporter"): no report of who sat at the table.
const ELSEWHERE_OR_STATIVE =
  /\b(?:dinner|airport|reception|photo\w*|wife|husband|reporters|journalists|watch\w*|arriv\w*|later|banquet|press|said|told|(?:is|are|was|were)\s+(?:a|an|the|also|one))\b/i;

/**
 * A leader of a country that is none of the meeting's organization's members (or of a meeting whose organization the
 * knowledge lacks), named with no word of taking part in a run of names ("… and President X of Y", "A, B and C") beside
 * two participants read at least: a guest of the meeting. Releases name the leaders who came, also those the reader
 * finds no verb for; on the unseen texts such a leader was a recorded participant 26 times against twice not. Never
 * when his country is represented already, its membership suspended, to come or over, the words put him away or tell
 * of another occasion, or the sentence is a list after a colon (the lists' own readers weigh the words before it).
 */
function guestInARun(evidence: TakingPartEvidence, sentence: string): boolean {
  return (
    evidence.leader &&
    evidence.countryId !== null &&
    !evidence.member &&
    evidence.membershipNotInForce !== true &&
    !evidence.represented &&
    !evidence.away &&
    !ANOTHER_OCCASION.test(sentence) &&
    !ELSEWHERE_OR_STATIVE.test(sentence) &&
    /,|\band\b/.test(sentence) &&
    !sentence.includes(":")
  );
}

/** A leader of a member the reference data holds, acting at the table, with no word putting him away from it. */
function actsAsAMember(evidence: TakingPartEvidence): boolean {
  return (
    evidence.leader &&
    evidence.member &&
    evidence.countryId !== null &&
    !evidence.represented &&
    !evidence.away &&
    evidence.act !== null
  );
}

/**
 * The people the mentions list would hold whom the surrounding words and the reference data say took part: named with
 * no word of attending or of why not, they act at the table as the subject of their own clause, and they are either
 * the leader of a member (observer, partner) of the meeting's organization whose country no participant is yet from,
 * or the head of the organization's own secretariat when no one of it is a participant. Each becomes a participant
 * numbered after the others, its span kept, with a confidence below any read from a verb of attending.
 */
export function mentionsTakingPart(context: MentionsTakingPartContext): {
  participants: ParticipantProposal[];
  /** The mentions list, without the people now participants. */
  mentions: PersonMention[];
} {
  const { participants: participantsContext, read, membersDropped } = context;
  const organizations = meetingOrganizations(participantsContext);
  const represented = new Set(
    [...read, ...membersDropped].flatMap((participant) =>
      participant.country ? [participant.country.value.countryId] : [],
    ),
  );
  let officerPresent = read.some(
    (participant) =>
      participant.organization !== null &&
      organizations.includes(participant.organization.value.organizationId),
  );
  const leftOut = {
    text: participantsContext.text,
    knowledge: participantsContext.knowledge,
    date: participantsContext.date,
    sentences: context.sentences,
    participants: read,
    membersDropped,
  };
  const named = namedPeopleLeftOut(leftOut);
  // Below every participant read otherwise, whatever their confidence (0.3 at the least on the open fixtures).
  const leastRead =
    Math.round(Math.min(...read.map((participant) => participant.confidence)) * 100 - 5) / 100;
  const promoted: ParticipantProposal[] = [];
  // Those named by their country's possessive alone, whom the list does not hold, after the titled leaders.
  const possessed = possessiveNamedLeftOut(
    leftOut,
    named.map((one) => one.item),
  );
  const leadersFirst = [
    ...named.filter((one) => !standInPost(one.item)),
    ...possessed,
    ...named.filter((one) => standInPost(one.item)),
  ];
  // Every person the sentences name, participants and mentions: the runs of names `listAct` reads.
  const names: NamedSpan[] = [
    ...[...read, ...membersDropped].map((participant) => participant.evidence),
    ...[...named, ...possessed].map((one) => ({ start: one.item.start, end: one.item.end })),
  ];
  const soleChair = read.length === 1 && read[0]!.role.value === "chair";
  const selfReported = read.length === 1 && tookPartAsSubject(participantsContext.text, read[0]!);
  // With no participant read from verbs of attending or lists, only the leaders of members the reference data holds,
  // each acting at the table as the subject of his own clause, and two of them at least: an item that reports a meeting
  // of the body only by what its leaders said there ("A said …", "B proposed …"). One alone is no meeting's report.
  const actingMembers =
    read.length === 0
      ? leadersFirst.filter((one) => {
          if (!one.item.name || one.mention.reason !== NO_WORD_OF_TAKING_PART) return false;
          const evidence = takingPartEvidence(context, one, represented, names);
          return actsAsAMember(evidence);
        })
      : [];
  // Beside a participant read from verbs of attending and lists; a text that names none is a round-up or no meeting's
  // report, read by its own rules, unless two members' leaders act at the table in it (above).
  const candidates = read.length >= 1 ? leadersFirst : actingMembers.length >= 2 ? actingMembers : [];
  for (const one of candidates) {
    if (!one.item.name) continue;
    // Only the reasons a decision below can overrule (none of the others is ever overruled): weighing the evidence
    // of every mention would cost each of them a scan of its sentence's organizations and words.
    const reason = one.mention.reason;
    const open =
      reason === NO_WORD_OF_TAKING_PART ||
      reason?.startsWith("named as merely mentioned") ||
      (reason === null && one.item.title === null);
    if (!open) continue;
    const evidence = takingPartEvidence(context, one, represented, names);
    // "Peña Nieto chairs his last Pacific Alliance summit" over "…, the last for Mexican President Enrique Peña Nieto,
    // who leaves office on Dec. 1": the titled leader the headline makes chair, whom the body names with no word of
    // taking part, took part.
    const chairOfTheHeadline =
      reason === NO_WORD_OF_TAKING_PART &&
      !!context.headlineChair &&
      !!one.item.title?.roleNoun &&
      one.item.name.text.split(/\s+/).at(-1) === context.headlineChair;
    const guest =
      read.length >= 2 && reason === NO_WORD_OF_TAKING_PART && guestInARun(evidence, one.sentence.text);
    if (!chairOfTheHeadline && !guest && !takesPart(one.mention.reason, evidence)) continue;
    // Beside a single participant read otherwise, only the words of a run of names ("The documents were signed by A, B
    // and C"), or, when that one is the chair (a presidential site's item on its own leader chairing), what the words
    // say the person did at the table. Not beside one attendee alone: "The session was attended by X" says who was there.
    if (
      !chairOfTheHeadline &&
      read.length < 2 &&
      evidence.listAct === null &&
      !(
        soleChair &&
        (evidence.act !== null ||
          evidence.untitledTookPart ||
          (evidence.leader && evidence.member && !ANOTHER_OCCASION.test(one.sentence.text)))
      ) &&
      !((read.length === 0 || selfReported) && actsAsAMember(evidence))
    )
      continue;
    if (evidence.ownOfficer && officerPresent) continue;
    // A post in apposition stands for the title the reader attached ("Sheikh") when it names the country; else a style
    // or an honorific of a leader the reference data holds gives way to the post it holds him in.
    const apposed = evidence.apposedPost;
    const item = apposed
      ? {
          ...one.item,
          title: parseTitle(
            participantsContext.text,
            apposed.start,
            apposed.end,
            participantsContext.knowledge,
          ),
        }
      : evidence.heldPostInstead
        ? { ...one.item, title: null }
        : one.item;
    const participant = participantOfMention(
      participantsContext,
      one.sentence,
      item,
      item.title?.country ? null : evidence.ownOfficer ? null : evidence.countryId,
      read.length + promoted.length + 1,
    );
    // Named by his country alone and held by no post: his country's one leader's post, not the country's name.
    if (evidence.possessive && !evidence.heldPostInstead)
      possessiveLeaderPost(participant, participantsContext.knowledge);
    participant.confidence = Math.min(participant.confidence, TAKING_PART_BY_EVIDENCE_CONFIDENCE, leastRead);
    promoted.push(participant);
    if (evidence.ownOfficer) officerPresent = true;
    else if (evidence.countryId) represented.add(evidence.countryId);
  }
  return {
    participants: promoted,
    mentions: withoutParticipants(named, promoted).map((one) => one.mention),
  };
}

/**
 * The chair among the participants the words around mentions added, when the readers of names found none: the one
 * leader of the country the text names as chairing ("under the chairmanship of the Kyrgyz Republic" over a communiqué
 * that names the leaders only as signatories). As `readParticipants` takes the chair by country among those it read.
 */
export function chairAmongPromoted(
  context: ParticipantsContext,
  promoted: readonly ParticipantProposal[],
): ParticipantProposal | null {
  if (promoted.length === 0) return null;
  const byCountry = chairingCountry(
    context.text,
    context.paragraphs,
    context.knowledge,
    context.date?.slice(0, 4) ?? null,
    context.organizationId,
  );
  if (!byCountry) return null;
  const leaders = promoted.filter(
    (participant) =>
      participant.country?.value.countryId === byCountry.countryId &&
      participant.role.value === "head_of_delegation",
  );
  if (leaders.length !== 1) return null;
  leaders[0]!.role = { value: "chair", evidence: byCountry.evidence, confidence: 0.5 };
  return leaders[0]!;
}
