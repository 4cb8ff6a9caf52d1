// Who chaired when no sentence says "X chaired" of a person or of a country: the chair read from the meeting's shape
// and the words around a leader, each reading with a confidence below a stated chair's (0.9):
// - stated in a form of its own (0.8): "The meeting, which X led, brought together …", "In his capacity as Chairman of
//   the Summit, X welcomed …";
// - by country with the meeting's own year (0.6): "Brunei Darussalam, which held the chairmanship of ASEAN in 2001, …";
// - by office of the host (0.6): "Chaired by the monarch of the host country, the summit …";
// - the host who opened the meeting or welcomed the leaders, and no one else is named chair (0.5): "X welcomed the
//   leaders of the Commonwealth to the meeting", "X opened and closed the summit".
// Each reading is for this meeting's chair only: the chair of the ministers' meeting the day before, of a side event or
// a session, a moderator, or a term in another year is no chair of it. A wrong chair is worse than none, so a reading
// that finds more than one leader gives none.
import { ANOTHER_TERM, NEXT_MEETING } from "./chair";
import { datelineOpening } from "./dateline";
import { rootOrganization, type ReaderKnowledge } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import { postLabelOf, type Evidence, type ParticipantProposal } from "./proposal";
import { escapeRegExp, type Paragraph, type Sentence } from "./segment";
import { HEAD_OF_STATE_OR_GOVERNMENT } from "./vocabulary";
import { stateOfCapital } from "./world-capitals";

export interface ImpliedChairContext {
  text: string;
  /** The release's body. */
  paragraphs: readonly Paragraph[];
  participants: readonly ParticipantProposal[];
  knowledge: ReaderKnowledge;
  /** The meeting's IGO, for its chairmanship terms and for "the chairmanship of <body>". */
  organizationId: string | null;
  /** The meeting's first day (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string | null;
  venueCity: string | null;
  venueCountryId: string | null;
}

export interface ImpliedChair {
  participant: ParticipantProposal;
  evidence: Evidence;
  confidence: number;
}

// Words before a meeting's noun that make it another meeting: "the foreign ministers' meeting", "a business forum
// session", "the previous summit".
const OTHER_MEETING_BEFORE =
  /\b(?:minist\w*|ministerial|foreign|business|side|parallel|expert\w*|previous|next|last|preceding|earlier|youth|parliament\w*|working|senior\s+officials['’]?|bilateral|panel)\b[^,.;]{0,30}$/i;
// Words after a meeting's noun that make it another body's: "the session of the Council of Foreign Ministers".
const OTHER_BODY_AFTER =
  /^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:minist\w*|forum|business|exhibition|parliament\w*|assembly|committee|commission|board)\b/i;
const MEETING_NOUN = String.raw`(?:summit|meeting|session|talks|sitting|proceedings)`;

// "The meeting, which X led, …", "the summit, which X chaired, …".
const WHICH_X_LED = new RegExp(
  String.raw`\b${MEETING_NOUN}\s*,\s*which\s+(.{3,140}?)\s+(?:(?:hosted|opened)\s+and\s+)?(?:led|chaired|presided\s+over|conducted)\s*[,.;]`,
  "gi",
);
// "In his capacity as Chairman of the Sixteenth SAARC Summit, X …", "X, in her capacity as Chair of the meeting, …".
const IN_CAPACITY =
  /\bin\s+(?:his|her)\s+capacity\s+as\s+(?:the\s+)?(?:current\s+)?(?:Chair(?:man|woman|person)?|President)\s+of\s+(?:the\s+)?([^,;.]{2,80}?)\s*(?:,|$)/gi;
const THIS_MEETING_OR_COUNCIL =
  /\b(?:summit|meeting|session)\b|\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+(?:State|Government)\b/i;
const OTHER_BODY =
  /\b(?:minist\w*|commission|forum|business|parliament\w*|committee|board|assembly|foundation|working\s+group|next|previous|last)\b/i;

const HOST_OFFICE = String.raw`(?:President|Prime\s+Minister|Premier|King|Emir|Amir|Sultan|monarch|ruler|leader|head\s+of\s+state)`;
const HOST_SIDE = String.raw`host(?:ing)?\s+(?:country|nation|state)`;
// "Chaired by the monarch of the host country, the summit …", "opened by the host country's President".
const BY_HOST_OFFICE = new RegExp(
  String.raw`\b(?:chaired|presided\s+over|led|opened|hosted\s+and\s+chaired)\s+by\s+the\s+(?:(${HOST_OFFICE})\s+of\s+the\s+${HOST_SIDE}|${HOST_SIDE}['’]s\s+(${HOST_OFFICE}))\b`,
  "i",
);
// "The President of the host country opened the meeting", "the host country's King, who chaired the summit, …".
const HOST_OFFICE_CHAIRED = new RegExp(
  String.raw`\bthe\s+(?:(${HOST_OFFICE})\s+of\s+the\s+${HOST_SIDE}|${HOST_SIDE}['’]s\s+(${HOST_OFFICE}))(?:\s*,\s*(?:who\s+)?)?\s+(?:also\s+)?(?:chaired|presided(?:\s+over)?|led|opened)\s+the\s+(?:[\w'’-]+\s+){0,4}?${MEETING_NOUN}\b`,
  "i",
);

// The host's act: "X opened the 37th session of the Supreme Council", "X declared the Summit open", "X opened and
// closed the summit", "X welcomed
// the leaders of the Commonwealth", "X welcomed his brothers the leaders": right after the leader's name (or after an
// apposition), with this meeting or its people as object.
const HOST_ACT = String.raw`\s+(?:also\s+|then\s+|formally\s+|officially\s+)?(opened|welcomed|greeted|declared(?=\s+(?:the\s+)?(?:[\p{L}\d'’–-]+\s+){0,6}?(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Ss]itting|[Cc]onference)\s+(?:formally\s+|officially\s+)?open(?:ed)?\b))(?:\s+and\s+(?:closed|chaired|welcomed|greeted))?\s+([^.;]{0,160})`;
const OF_A_COUNTRY = String.raw`(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})?`;
const HOST_ACT_AFTER = new RegExp(
  String.raw`^${OF_A_COUNTRY}(?:\s*\([^)]{1,60}\)|\s*,\s+[^,.;]{1,100},)?${HOST_ACT}`,
  "u",
);
// The leader in apposition to the sentence's subject, the office ("The COMESA Chairperson, President X, declared the
// Summit open", "The host, President X of Y, opened …"): the aside's closing comma, then the act.
const APPOSED_TO_THE_SUBJECT_BEFORE =
  /^(?:The\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+)?(?:[Cc]hair(?:man|person|woman)?|[Hh]ost)\s*,\s+(?:H\.\s?E\.\s+)?(?:President|Prime\s+Minister|Premier|King|Emir|Amir|Sultan)?\s*$/u;
const HOST_ACT_AFTER_THE_APPOSITION = new RegExp(String.raw`^${OF_A_COUNTRY}\s*,${HOST_ACT}`, "u");
const OPENED_OBJECT = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+)?((?:[\w'’–-]+\s+){0,6}?)${MEETING_NOUN}\b(.{0,60})`,
  "i",
);
const WELCOMED_PEOPLE =
  /^(?:[^.;]{0,40}?\b)?(?:leaders|heads\s+of\s+(?:state|government|delegations?)|delegations|participants|guests|counterparts|brothers|colleagues)\b/i;

const LEADER_POST = new RegExp(String.raw`\b(?:${HEAD_OF_STATE_OR_GOVERNMENT}|Head\s+of\s+State)\b`, "i");
const OFFICE_WORDS: Record<string, RegExp> = {
  president: /\bPresident\b/i,
  "prime minister": /\b(?:Prime\s+Minister|Premier)\b/i,
  premier: /\b(?:Prime\s+Minister|Premier)\b/i,
  king: /\bKing\b/i,
  emir: /\b(?:Emir|Amir)\b/i,
  amir: /\b(?:Emir|Amir)\b/i,
  sultan: /\bSultan\b/i,
  monarch: /\b(?:King|Emir|Amir|Sultan)\b/i,
  ruler: /\b(?:King|Emir|Amir|Sultan)\b/i,
};

/** The leaders at the table: heads of delegation of a country. */
function leadersOf(participants: readonly ParticipantProposal[]): ParticipantProposal[] {
  return participants.filter(
    (participant) =>
      participant.role.value === "head_of_delegation" &&
      participant.category.value !== "igo_official" &&
      participant.category.value !== "guest_organization",
  );
}

/** The pattern of a participant's name in running text: the name as stated, or its family name (not "II", "Jr"). */
// Each participant's name pattern, built once per proposal (a participant object lives for one read).
const namePatterns = new WeakMap<ParticipantProposal, RegExp | null>();

function namePattern(participant: ParticipantProposal): RegExp | null {
  if (namePatterns.has(participant)) return namePatterns.get(participant)!;
  const pattern = buildNamePattern(participant);
  namePatterns.set(participant, pattern);
  return pattern;
}

function buildNamePattern(participant: ParticipantProposal): RegExp | null {
  const words = participant.nameAsStated.split(/[\s.]+/).filter(Boolean);
  const family = [...words].reverse().find((word) => word.length >= 3 && !/^(?:[IVX]+|Jr|Sr)$/.test(word));
  const names = [
    participant.nameAsStated,
    ...(family && family !== participant.nameAsStated ? [family] : []),
  ];
  return names.length
    ? new RegExp(String.raw`(?<![\p{L}])(?:${names.map(escapeRegExp).join("|")})(?![\p{L}])`, "u")
    : null;
}

/** The leaders named in `words`, each with where its name first stands. */
function leadersNamedIn(words: string, leaders: readonly ParticipantProposal[]) {
  return leaders.flatMap((participant) => {
    const match = namePattern(participant)?.exec(words);
    return match ? [{ participant, at: match.index, end: match.index + match[0].length }] : [];
  });
}

function postLabel(participant: ParticipantProposal): string {
  return participant.post ? postLabelOf(participant.post.value) : "";
}

function one<T extends { participant: ParticipantProposal }>(found: readonly T[]): T | null {
  const distinct = new Set(found.map((item) => item.participant));
  return distinct.size === 1 ? found[0]! : null;
}

/** Whether the words around a meeting's noun make it another meeting, or another term, than this one. */
function anotherMeeting(sentence: string, at: number, nounEnd: number): boolean {
  return (
    OTHER_MEETING_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ||
    OTHER_BODY_AFTER.test(sentence.slice(nounEnd, nounEnd + 60)) ||
    NEXT_MEETING.test(sentence) ||
    ANOTHER_TERM.test(sentence)
  );
}

/** "The meeting, which X led, …": the one leader named in the relative clause. */
function whichXLed(
  sentences: readonly Sentence[],
  leaders: readonly ParticipantProposal[],
): ImpliedChair | null {
  const found = sentences.flatMap((sentence) =>
    [...sentence.text.matchAll(WHICH_X_LED)].flatMap((match) => {
      const nounEnd = match.index + match[0].indexOf(",");
      if (anotherMeeting(sentence.text, match.index, nounEnd)) return [];
      const named = leadersNamedIn(match[1]!, leaders);
      return named.length === 1
        ? [{ participant: named[0]!.participant, evidence: { start: sentence.start, end: sentence.end } }]
        : [];
    }),
  );
  const chair = one(found);
  return chair ? { ...chair, confidence: 0.8 } : null;
}

/** "In his capacity as Chairman of the Summit, X …" or "X, in his capacity as Chair of the meeting, …". */
function inCapacity(
  sentences: readonly Sentence[],
  leaders: readonly ParticipantProposal[],
): ImpliedChair | null {
  const found = sentences.flatMap((sentence) =>
    [...sentence.text.matchAll(IN_CAPACITY)].flatMap((match) => {
      const office = match[1]!;
      if (!THIS_MEETING_OR_COUNCIL.test(office) || OTHER_BODY.test(office)) return [];
      if (NEXT_MEETING.test(office) || ANOTHER_TERM.test(office)) return [];
      const before = sentence.text.slice(0, match.index);
      const named = leadersNamedIn(sentence.text, leaders);
      // After a name and a comma, the aside is that name's; at the head of the clause, the name right after.
      const subject = /,\s*$/.test(before)
        ? named.filter((name) => name.end <= match.index).sort((a, b) => b.end - a.end)[0]
        : named
            .filter(
              (name) =>
                name.at >= match.index + match[0].length && name.at - (match.index + match[0].length) < 120,
            )
            .sort((a, b) => a.at - b.at)[0];
      return subject
        ? [{ participant: subject.participant, evidence: { start: sentence.start, end: sentence.end } }]
        : [];
    }),
  );
  const chair = one(found);
  return chair ? { ...chair, confidence: 0.8 } : null;
}

/** "Brunei Darussalam, which held the chairmanship of ASEAN in 2001, …" at a meeting in 2001: that country's leader. */
const HELD_IN_YEAR_AFTER =
  /^,?\s+which\s+(?:held|had)\s+the\s+(?:rotating\s+)?(?:chairmanship|chairship|presidency|chair)(?:\s+of\s+(?:the\s+)?([^,.;]{2,60}?))?\s+(?:in|for)\s+(\d{4})\b/i;

function heldInTheYear(
  context: ImpliedChairContext,
  leaders: readonly ParticipantProposal[],
  from: number,
  to: number,
): ImpliedChair | null {
  const year = context.date?.slice(0, 4);
  if (!year) return null;
  const { text, knowledge } = context;
  const found = countryMentions(text, knowledge, from, to).flatMap((mention) => {
    const after = text.slice(mention.end, Math.min(to, mention.end + 120));
    const held = HELD_IN_YEAR_AFTER.exec(after);
    if (!held || held[2] !== year) return [];
    // "of <body>": the meeting's own organization, not another's ("the chairmanship of the OSCE").
    if (held[1]) {
      const bodyStart = mention.end + held.index + held[0].indexOf(held[1]);
      const bodies = organizationMentions(text, knowledge, bodyStart, bodyStart + held[1].length);
      const root = context.organizationId;
      if (
        !root ||
        bodies.length === 0 ||
        bodies.some((body) => rootOrganization(knowledge, body.id)?.id !== root)
      )
        return [];
    }
    const own = leaders.filter((participant) => participant.country?.value.countryId === mention.id);
    return own.length === 1
      ? [{ participant: own[0]!, evidence: { start: mention.start, end: mention.end + held[0].length } }]
      : [];
  });
  const chair = one(found);
  return chair ? { ...chair, confidence: 0.6 } : null;
}

/** The countries the meeting is held in: the venue's, the state of the venue if a capital, the dateline's. */
function hostCountries(context: ImpliedChairContext): { ids: Set<string>; names: string[] } {
  const ids = new Set<string>();
  const names: string[] = [];
  if (context.venueCountryId) ids.add(context.venueCountryId);
  const capitalOf = context.venueCity ? stateOfCapital(context.knowledge, context.venueCity) : null;
  if (capitalOf) ids.add(capitalOf);
  // The dateline: "DEAD SEA, Jordan, 29 March —": the country after the place, known or not.
  const first = context.paragraphs[0];
  const country = first ? datelineOpening(context.text, first.start, first.end)?.country : null;
  if (country) {
    for (const mention of countryMentions(context.text, context.knowledge, country.start, country.end))
      ids.add(mention.id);
    names.push(context.text.slice(country.start, country.end));
  }
  for (const id of ids) {
    const country = context.knowledge.countries.find((known) => known.id === id);
    if (country?.nameI18n.en) names.push(country.nameI18n.en);
  }
  return { ids, names };
}

function isHostLeader(
  participant: ParticipantProposal,
  host: { ids: Set<string>; names: string[] },
): boolean {
  const countryId = participant.country?.value.countryId;
  if (countryId) return host.ids.has(countryId);
  const label = postLabel(participant);
  return host.names.some((name) =>
    new RegExp(String.raw`\bof\s+(?:the\s+)?${escapeRegExp(name)}$`).test(label),
  );
}

/** "Chaired by the monarch of the host country, …", "The President of the host country opened the meeting". */
function byHostOffice(
  sentences: readonly Sentence[],
  leaders: readonly ParticipantProposal[],
  host: { ids: Set<string>; names: string[] },
): ImpliedChair | null {
  if (host.ids.size === 0 && host.names.length === 0) return null;
  const found = sentences.flatMap((sentence) => {
    const match = BY_HOST_OFFICE.exec(sentence.text) ?? HOST_OFFICE_CHAIRED.exec(sentence.text);
    if (!match || NEXT_MEETING.test(sentence.text) || ANOTHER_TERM.test(sentence.text)) return [];
    const office = (match[1] ?? match[2]!).toLowerCase().replace(/\s+/g, " ");
    const words = OFFICE_WORDS[office] ?? LEADER_POST;
    const hosts = leaders.filter(
      (participant) =>
        isHostLeader(participant, host) &&
        (words.test(participant.titleAsStated) || words.test(postLabel(participant))),
    );
    return hosts.length === 1
      ? [{ participant: hosts[0]!, evidence: { start: sentence.start, end: sentence.end } }]
      : [];
  });
  const chair = one(found);
  return chair ? { ...chair, confidence: 0.6 } : null;
}

/**
 * The organization's chair on the meeting's date, when the knowledge holds a term that covers it: one with an end, or
 * one with no end begun in the meeting's own year (an open term begun years before says nothing of today's chair).
 */
function chairCountryOnTheDay(context: ImpliedChairContext): string | null {
  const { organizationId, date } = context;
  if (!organizationId || !date) return null;
  const year = date.slice(0, 4);
  const terms = (context.knowledge.chairmanships ?? []).filter(
    (term) =>
      term.organizationId === organizationId &&
      term.startDate !== null &&
      term.startDate.slice(0, date.length) <= date &&
      (term.endDate === null ? term.startDate.startsWith(year) : term.endDate.slice(0, date.length) >= date),
  );
  const countries = new Set(terms.map((term) => term.countryId));
  return countries.size === 1 ? [...countries][0]! : null;
}

/**
 * The host who opened this meeting or welcomed its leaders: the leader named right before "opened the summit" or
 * "welcomed the leaders"; not when the venue or the organization's term names another country.
 */
function hostWhoOpenedOrWelcomed(
  context: ImpliedChairContext,
  sentences: readonly Sentence[],
  leaders: readonly ParticipantProposal[],
  host: { ids: Set<string>; names: string[] },
): ImpliedChair | null {
  const found = sentences.flatMap((sentence) =>
    leadersNamedIn(sentence.text, leaders).flatMap(({ participant, at, end }) => {
      const after = sentence.text.slice(end);
      const act =
        HOST_ACT_AFTER.exec(after) ??
        (APPOSED_TO_THE_SUBJECT_BEFORE.test(sentence.text.slice(0, at))
          ? HOST_ACT_AFTER_THE_APPOSITION.exec(after)
          : null);
      if (!act) return [];
      const object = act[2]!;
      // "X declared the Summit open" opens it as "X opened the Summit" does.
      if (act[1] === "opened" || act[1] === "declared") {
        const opened = OPENED_OBJECT.exec(object);
        if (!opened || OTHER_MEETING_BEFORE.test(opened[1]!) || OTHER_BODY_AFTER.test(opened[2]!)) return [];
      } else if (
        !WELCOMED_PEOPLE.test(object) &&
        // "X welcomed President A of Y, President B of Z …": two or more of the leaders, greeted by their host.
        leadersNamedIn(object, leaders).filter((named) => named.participant !== participant).length < 2
      )
        return [];
      if (NEXT_MEETING.test(sentence.text) || ANOTHER_TERM.test(sentence.text)) return [];
      return [{ participant, evidence: { start: sentence.start, end: sentence.end } }];
    }),
  );
  const chair = one(found);
  if (!chair) return null;
  const countryId = chair.participant.country?.value.countryId ?? null;
  if ((host.ids.size > 0 || host.names.length > 0) && !isHostLeader(chair.participant, host)) return null;
  const term = chairCountryOnTheDay(context);
  if (term && term !== countryId) return null;
  return { ...chair, confidence: term ? 0.6 : 0.5 };
}

/** The chair the meeting's shape and the words around its leaders imply, when the text names none outright. */
export function impliedChair(context: ImpliedChairContext): ImpliedChair | null {
  const leaders = leadersOf(context.participants);
  if (leaders.length === 0) return null;
  const sentences = context.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const from = context.paragraphs[0]?.start ?? 0;
  const to = context.paragraphs.at(-1)?.end ?? context.text.length;
  const host = hostCountries(context);
  return (
    whichXLed(sentences, leaders) ??
    inCapacity(sentences, leaders) ??
    heldInTheYear(context, leaders, from, to) ??
    byHostOffice(sentences, leaders, host) ??
    hostWhoOpenedOrWelcomed(context, sentences, leaders, host)
  );
}
