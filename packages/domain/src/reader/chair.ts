// Who chaired this meeting when the text names a country rather than a person: "under the chairmanship of
// Kazakhstan", "Kazakhstan, as chairing country,", "The host country Kazakhstan chaired the meeting", "hosted by
// Kazakhstan … the host presided". The reader then
// takes that country's leader at the meeting as the chair (participants.ts).
import type { ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import type { Evidence, ParticipantProposal } from "./proposal";
import { escapeRegExp, type Paragraph, type Sentence } from "./segment";
import { countriesAndCapitals } from "./world-capitals";
import { chairOfTheMeetingsBodyAfter } from "./chairs-named-with-their-body";

// Words that put a chair or an attendance at a later meeting.
export const NEXT_MEETING =
  /\b(?:next|incoming|upcoming|following|future)\s+(?:year|summit|meeting|session|chair\w*|presid\w*)\b|\bnext\s+year\b/i;
// Words that make "chaired" a term of office or an earlier meeting: "who chaired the Commonwealth in 2023",
// "presided over the SCO over the past year", "chaired the previous summit", "who chaired the Authority from 2019".
export const ANOTHER_TERM =
  /\b(?:in|during|for|since|until|through|from)\s+(?:the\s+)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?|past|previous|last|preceding)\b(?!\s+time\b)|\b(?:past|previous|last|preceding|former)\s+(?:year|twelve\s+months|summit|meeting|session|term|period)\b|\bover\s+the\s+(?:past|last)\b/i;

// A relative clause on another meeting before a person: "The previous summit, which X chaired, …", "The foreign
// ministers' meeting, which X opened and chaired, …": what X chaired there is no chair of this meeting.
export const WHICH_ON_ANOTHER_MEETING_BEFORE =
  /\b(?:minist\w*|ministerial|foreign|business|side|parallel|previous|last|preceding|earlier|next|youth|parliament\w*|working|expert\w*|senior\s+officials['’]?)\b[^,.;]{0,30}\b(?:summit|meeting|session|talks|forum|sitting)\s*,\s*which\s+(?:[^,.;]{0,80}\s)?$/i;
// The same relative clause anywhere in a chair's subject: "The foreign ministers' meeting, which X opened and chaired".
export const WHICH_ON_ANOTHER_MEETING =
  /\b(?:minist\w*|ministerial|foreign|business|side|parallel|previous|last|preceding|earlier|next|youth|parliament\w*|working|expert\w*|senior\s+officials['’]?)\b[^,.;]{0,30}\b(?:summit|meeting|session|talks|forum|sitting)\s*,\s*which\b/i;
// "In his capacity as Chairman of the Council of Foreign Ministers, X …": the chair of another body, not of this meeting.
export const CHAIR_OF_ANOTHER_BODY_BEFORE =
  /\bas\s+(?:the\s+)?(?:current\s+)?(?:chair(?:man|person|woman)?|president)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:Council\s+of\s+(?:Foreign\s+)?Ministers|(?:Foreign\s+)?Ministers|Ministerial|Commission|Board|Committee|Business\s+Council|Forum|Parliament)\b[^.;]*,\s*$/i;

/**
 * "The summit, which X chaired, was attended by …": the relative clause on the meeting that names its chair, up to the
 * chair's name; not on another meeting ("The previous summit, which X chaired, …").
 */
export function whichChairedThisMeeting(sentence: string): RegExpExecArray | null {
  const match =
    /\b(?:summit|meeting|session|talks|council),\s+which\s+(?=[^,;.]{3,80}?\s+(?:chaired|presided(?:\s+over)?)\s*,)/i.exec(
      sentence,
    );
  return match && !WHICH_ON_ANOTHER_MEETING_BEFORE.test(sentence.slice(0, match.index + match[0].length))
    ? match
    : null;
}

const CHAIRMANSHIP = String.raw`(?:chairmanship|presidency|chairship|chairpersonship)`;
const CHAIRING_SIDE = String.raw`(?:chairing|presiding|current\s+chair(?:ing)?)\s+(?:country|state|side|nation)`;
/** "the rotating presidency", "the pro tempore presidency", "the annual chairmanship". */
const ROTATING = String.raw`(?:rotating\s+|pro\s+tempore\s+|annual\s+)?`;

const LEADER = String.raw`(?:President|Prime\s+Minister|Premier|[Hh]ead\s+of\s+[Ss]tate|[Ll]eader)`;

// The words before a country that make it the chair: "under the chairmanship of", "chaired by", "opened and moderated
// by the President of", "As the chairing country,", "the presiding state,".
const CHAIR_BEFORE_COUNTRY = new RegExp(
  String.raw`(?:\bunder\s+(?:the\s+)?${CHAIRMANSHIP}\s+of(?:\s+(?:the\s+)?${LEADER}\s+of)?|\b(?:chaired|presided\s+over|moderated)(?:\s+(?:this\s+year|today|again))?\s+by(?:\s+(?:the\s+)?${LEADER}\s+of)?|\b${CHAIRING_SIDE}\s*,?|\bchair(?:man|person|woman)?\s+of\s+the\s+(?:summit|meeting|session)\s*,)\s+(?:the\s+)?$|\b${CHAIRING_SIDE}\s*\(\s*(?:the\s+)?$`,
  "i",
);
// "Under Kazakhstan's chairmanship": the words on both sides.
const UNDER_BEFORE = /\bunder\s+(?:the\s+)?$/i;
const CHAIRMANSHIP_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+${CHAIRMANSHIP}\b`, "i");
// The words after a country that make it the chair: "Kazakhstan, as chairing country,", "Kazakhstan, which holds the
// rotating chairmanship", "Kazakhstan chaired the meeting", "Kazakhstan hosted and chaired the summit", "Belarus
// chairs the Commonwealth this year".
// "Kazakhstan, the presiding country,", "Kazakhstan, the current chair,", "Kazakhstan, as this year's chair,",
// "Kazakhstan, the current holder of the presidency,", "Kazakhstan, as the country holding the presidency,", "The Kazakh
// leader, holding the rotating chairmanship,": the side named in apposition (not "… of the OSCE": an office named with
// its body may be another body's).
// "Kazakhstan currently chairs the Union", "The Kazakh leader, whose country chairs the Union, …": an adverb before
// the verb, or the country's leader or side before a relative clause on the country.
// "The Kazakh President, as head of the presiding state, …", "Kazakhstan's leader, as the head of the chairing
// country,": the leader named by office as head of the chairing side.
// "The President of Uruguay, as pro tempore president, …", "…, in his capacity as chair of the summit, …": the office
// in apposition, the meeting's at most.
// "Uruguay, the host country, chaired the meeting": an aside between the country and the verb.
const CHAIR_AFTER_COUNTRY = new RegExp(
  String.raw`^(?:,?\s+as\s+(?:the\s+)?${CHAIRING_SIDE}|,\s+(?:in\s+(?:his|her|its|their)\s+capacity\s+)?as\s+(?:the\s+)?(?:this\s+year['’]s\s+|current\s+|host\s+and\s+)?(?:chair(?:man|person|woman)?(?:-in-office)?|pro\s+tempore\s+president)(?:\s+of\s+(?:the\s+|this\s+)?(?:summit|meeting|session))?(?=\s*,)|,\s+(?:as\s+)?the\s+(?:${CHAIRING_SIDE}(?=\s*,)|(?:current\s+|incumbent\s+)?(?:chair(?:man|person)?(?:-in-office)?)(?=\s*,)|current\s+holder\s+of\s+the\s+${ROTATING}${CHAIRMANSHIP}(?!\s+of\b)|(?:country|state|nation)\s+(?:holding|that\s+holds)\s+the\s+${ROTATING}${CHAIRMANSHIP}(?!\s+of\b))|(?:\s+(?:leader|president|side|head\s+of\s+state|prime\s+minister))?,\s+holding\s+the\s+${ROTATING}(?:${CHAIRMANSHIP}|chair)(?!\s+of\b)|(?:['’]s)?(?:\s+(?:leader|president|head\s+of\s+state|prime\s+minister|premier))?,?\s+as\s+(?:the\s+)?head\s+of\s+(?:the\s+)?${CHAIRING_SIDE}|(?:\s+(?:leader|president|side|head\s+of\s+state|prime\s+minister))?,?\s+(?:which|whose\s+country)\s+(?:currently\s+|now\s+)?(?:chairs|presides|holds\s+the\s+${ROTATING}(?:${CHAIRMANSHIP}|chair))|,\s+[^,.;()]{1,60},\s+(?:(?:hosted|opened|convened)\s+and\s+)?(?:chaired|presided\s+over)\s+(?:the|this|today['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks)|(?:\s+(?:leader|president|side|head\s+of\s+state|prime\s+minister))?,?\s+(?:currently\s+|now\s+)?(?:has\s+|have\s+)?(?:(?:hosted|opened|convened)\s+and\s+)?(?:chaired|chairs|presided(?:\s+over)?|presides(?:\s+over)?|holds\s+the\s+${ROTATING}(?:${CHAIRMANSHIP}|chair)))\b(?!\s+by\b)`,
  "i",
);
// "The Tajik President, who chaired the meeting, …": the country's leader named only by office, then a relative
// clause that makes them the chair.
const LEADER_WHO_CHAIRED =
  /^\s+(?:President|Prime\s+Minister|Premier|[Ll]eader|[Hh]ead\s+of\s+[Ss]tate),\s+who\s+(?:also\s+|then\s+)?(?:chaired|chairs|presided\s+over|presides\s+over)\b/;
// "with Kazakhstan in the chair", "with Kazakhstan at the helm", "with Kazakhstan presiding" (not "presiding over" another
// thing, nor "the presiding country").
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
const IN_THE_CHAIR_AFTER =
  /^\s+(?:in\s+the\s+chair|at\s+the\s+helm|presiding(?!\s+(?:over|country|state|side|nation)\b))\b/i;
// "As the chairing country, Kazakhstan …": the side named before the country, at the start of a clause.
// "As chair, the Uruguayan President …", "As the host and chair, Uruguay's President …": the office before the country's
// leader named by office.
// Not "As chair, Kazakhstan proposed …": a country as "chair" may be the organization's, not the meeting's.
const AS_CHAIR_BEFORE = new RegExp(String.raw`(?:^|[.;]\s*)As\s+(?:the\s+)?${CHAIRING_SIDE}\s*,\s*$`, "i");
const AS_CHAIR_BEFORE_A_LEADER = new RegExp(
  String.raw`(?:^|[.;]\s*)As\s+(?:the\s+)?(?:host\s+and\s+)?(?:chair(?:man|person|woman)?|pro\s+tempore\s+president)\s*,\s*(?:the\s+)?$`,
  "i",
);

// "The host presided over the session", "the host country chaired the talks": the host is the chair, and the country
// named as host ("hosted by Kyrgyzstan", "the host country, Kyrgyzstan,", "Kyrgyzstan hosted the summit") chairs.
const HOST_PRESIDED =
  /\bthe\s+host(?:ing)?(?:\s+(?:country|state|side|nation|president|leader))?\s+(?:also\s+|then\s+)?(?:chaired|presided|moderated|led)\b/i;
const HOST_BEFORE_COUNTRY = /\b(?:hosted\s+by|host\s+(?:country|state|nation)\s*,?)\s+(?:the\s+)?$/i;
const HOST_AFTER_COUNTRY = /^(?:,?\s+(?:hosted|was\s+the\s+host\b)|,\s+(?:as\s+)?the\s+host\b)/i;

// "Chairing the meeting as head of the presiding state, the President of Kazakhstan …", "Presiding over the summit,
// the Kazakh leader …": an opening participle on chairing, then a country's leader named by office.
const CHAIRING_CLAUSE_BEFORE = new RegExp(
  String.raw`(?:^|[.;]\s*)(?:Chairing|Presiding\s+over)\s+the\s+[^,.;]{1,80},\s+(?:the\s+)?(?:${LEADER}\s+of\s+(?:the\s+)?)?$`,
);
const LEADER_BY_OFFICE_AFTER = new RegExp(String.raw`^\s+${LEADER}\b(?!\s+\p{Lu})`, "u");

// "Chaired by the Kazakh President, …", "chaired by the Russian leader.": a country's leader with no name after.
const LEADER_ONLY_AFTER =
  /^\s+(?:President|Prime\s+Minister|Premier|Chancellor|[Ll]eader|[Hh]ead\s+of\s+[Ss]tate|Emir|King|Sultan)\s*(?:[,.;)]|$)/;

/** An opening "Chairing the meeting, the President of X" or "…, the X leader": the country's leader chairs. */
function chairingClause(before: string, after: string): boolean {
  if (!CHAIRING_CLAUSE_BEFORE.test(before)) return false;
  return /\bof\s+(?:the\s+)?$/.test(before) ? !/^\s+\p{Lu}/u.test(after) : LEADER_BY_OFFICE_AFTER.test(after);
}

/**
 * Whether a chairing clause names a term other than the one now: "chaired the Organization in 2022", but not a present
 * "chairs the Union's bodies in 2018" in the meeting's own year.
 */
function anotherTerm(clause: string, year: string | null): boolean {
  if (!ANOTHER_TERM.test(clause)) return false;
  if (!year || !/\b(?:chairs|presides|holds)\b/i.test(clause)) return true;
  return ANOTHER_TERM.test(
    clause.replace(new RegExp(String.raw`\b(?:in|during|for)\s+(?:the\s+)?${year}\b`, "g"), ""),
  );
}

/** The country the body names as chairing the meeting or the organization, if it names exactly one. */
export function chairingCountry(
  text: string,
  paragraphs: readonly Paragraph[],
  knowledge: ReaderKnowledge,
  /** The meeting's year: "Russia chairs the Union's bodies in 2018" at a 2018 meeting is the term now. */
  year: string | null = null,
  /** The meeting's organization: "Egypt, the current chair of the D-8," chairs it; "… of the OSCE" another. */
  organizationId: string | null = null,
): { countryId: string; evidence: { start: number; end: number } } | null {
  const from = paragraphs[0]?.start ?? 0;
  const to = paragraphs.at(-1)?.end ?? text.length;
  const found = new Map<string, { start: number; end: number }>();
  const hostChairs = HOST_PRESIDED.test(text.slice(from, to));
  // A capital standing for its state chairs too ("Tashkent chaired the meeting"), but not a venue ("talks in Tashkent").
  const countries = countriesAndCapitals(
    countryMentions(text, knowledge, from, to),
    text,
    knowledge,
    from,
    to,
  );
  for (const mention of countries) {
    const before = text.slice(Math.max(from, mention.start - 80), mention.start);
    const after = text.slice(mention.end, Math.min(to, mention.end + 60));
    // The clause around, for a later or earlier term: "The next session will be chaired by Russia", "Kazakhstan
    // chaired the Organization in 2022".
    const clause =
      (/[^.;]*$/.exec(text.slice(from, mention.start))?.[0] ?? "") +
      text.slice(mention.end, to).split(/[.;,]/)[0]!;
    const chairing =
      (UNDER_BEFORE.test(before) && CHAIRMANSHIP_AFTER.test(after)) ||
      // "chaired by Kazakh President X": a demonym in a person's title, not the country; "Chaired by the Kazakh
      // President, the meeting …" names no one but that country's leader.
      (CHAIR_BEFORE_COUNTRY.test(before) && (!/^\s+\p{Lu}/u.test(after) || LEADER_ONLY_AFTER.test(after))) ||
      AS_CHAIR_BEFORE.test(before) ||
      // The country's leader by office after it, its possessive at most between ("Uruguay's President").
      (AS_CHAIR_BEFORE_A_LEADER.test(before) && LEADER_BY_OFFICE_AFTER.test(after.replace(/^['’]s/, ""))) ||
      CHAIR_AFTER_COUNTRY.test(after) ||
      (organizationId !== null &&
        chairOfTheMeetingsBodyAfter(
          text,
          knowledge,
          organizationId,
          mention.end,
          Math.min(to, mention.end + 120),
        )) ||
      (LEADER_WHO_CHAIRED.test(after) &&
        !ANOTHER_TERM.test(after.split(/[.;]/)[0]!) &&
        !NEXT_MEETING.test(after.split(/[.;]/)[0]!)) ||
      (WITH_BEFORE.test(before) && IN_THE_CHAIR_AFTER.test(after)) ||
      chairingClause(text.slice(Math.max(from, mention.start - 140), mention.start), after) ||
      (hostChairs &&
        ((HOST_BEFORE_COUNTRY.test(before) && !/^\s+\p{Lu}/u.test(after)) || HOST_AFTER_COUNTRY.test(after)));
    // "The foreign ministers' meeting, which the President of Tajikistan opened and chaired, …": another meeting's chair.
    if (
      chairing &&
      !NEXT_MEETING.test(clause) &&
      !anotherTerm(clause, year) &&
      !WHICH_ON_ANOTHER_MEETING.test(clause) &&
      !found.has(mention.id)
    )
      found.set(mention.id, { start: mention.start, end: mention.end });
  }
  if (found.size !== 1) return null;
  const [countryId, evidence] = [...found][0]!;
  return { countryId, evidence };
}

// A headline whose subject chairs this meeting: "Prime Minister X chairs the fourth BRICS summit", "President X
// presided over the SCO summit", "X hosts and chairs …"; not "X to chair the next summit".
const HEADLINE_CHAIRS =
  /^(.{3,120}?)\s+(?:(?:hosts|hosted|opens|opened)\s+and\s+)?(?:chairs|chaired|presides\s+over|presided\s+over|leads|led)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}?(?:summit|meeting|session|council|talks)\b/i;

const HEADLINE_CHAIRED_BY =
  /\b(?:summit|meeting|session|council|talks)\b[^,;:]{0,40}?\b(?:chaired\s+by|presided\s+over\s+by|under\s+(?:the\s+)?(?:chairmanship|presidency)\s+of)\s+(.{3,80}?)\s*$/i;

// A headline whose subject takes part in this meeting: "President X takes part in the CSTO summit", "X attended the
// meeting of the Council", "X participates in the SCO summit".
const HEADLINE_TAKES_PART =
  /^(.{3,120}?)\s+(?:(?:takes|took)\s+part|participates|participated|attends|attended)\s+(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}?(?:summit|meeting|session|council|talks)\b/i;

// The body's own sentence of taking part or chairing with its subject named by office alone, no name after it: "The
// President of Russia took part in the Second Summit …", "The Head of State chaired the meeting". The body may name
// him later ("Vladimir Putin said …"), but only the headline names him in the act.
const OFFICE_TAKES_PART =
  /(?:^|[.!?]\s+|\n\s*)The\s+(?:Head\s+of\s+(?:State|Government)|President|Prime\s+Minister|Premier|Chancellor)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+Federation|\s+Republic)?)?\s+(?:also\s+)?(?:took\s+part|participated|attended|chaired|presided)\b/u;

/** The participants whose family name stands in the words (a headline's subject). */
function namedIn(words: string, participants: readonly ParticipantProposal[]): ParticipantProposal[] {
  return participants.filter((participant) => {
    const family = participant.nameAsStated
      .split(/[\s.]+/)
      .filter(Boolean)
      .at(-1);
    return (
      family !== undefined && family.length >= 3 && new RegExp(`\\b${escapeRegExp(family)}\\b`).test(words)
    );
  });
}

/**
 * Whether the headline's subject chairs or takes part in this meeting ("Kassym-Jomart Tokayev chaired the Sixth
 * Consultative Meeting …", "President X takes part in the CSTO summit") while the body never names him, or names him in
 * that act by office alone ("The President of Russia took part in …"): a presidential website names its own leader in
 * the headline and then as "the Head of State", so the headline is the one line that names him at the meeting.
 */
export function headlineSubjectUnnamed(headline: Sentence | null, body: string): boolean {
  if (!headline || NEXT_MEETING.test(headline.text) || ANOTHER_TERM.test(headline.text)) return false;
  const subject = (HEADLINE_CHAIRS.exec(headline.text) ?? HEADLINE_TAKES_PART.exec(headline.text))?.[1];
  const family =
    subject && /\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)(?!.*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u.exec(subject)?.[1];
  if (!family) return false;
  return !new RegExp(`\\b${escapeRegExp(family)}\\b`).test(body) || OFFICE_TAKES_PART.test(body);
}

/**
 * The family name of the one the headline says chairs this meeting, the subject's last word ("Peña Nieto chairs his
 * last Pacific Alliance summit" → "Nieto"), for a chair the body names only in passing; null when the headline names no
 * chair or a chair of another term or meeting.
 */
export function headlineChairFamilyName(headline: Sentence | null): string | null {
  if (!headline || NEXT_MEETING.test(headline.text) || ANOTHER_TERM.test(headline.text)) return null;
  const subject = HEADLINE_CHAIRS.exec(headline.text)?.[1];
  return (subject && /(\p{Lu}\p{Ll}+)$/u.exec(subject.trim())?.[1]) ?? null;
}

/**
 * The participant the headline names as chairing this meeting, when the body names no chair: the one whose family
 * name (or, failing that, whose country's leader: "Kazakh President chairs …") stands in the headline's subject.
 */
export function headlineChair(
  text: string,
  headline: Sentence | null,
  participants: readonly ParticipantProposal[],
  knowledge: ReaderKnowledge,
): { participant: ParticipantProposal; evidence: Evidence } | null {
  if (!headline) return null;
  const chairs = HEADLINE_CHAIRS.exec(headline.text);
  // "CIS summit chaired by Kazakh President", "Summit under the chairmanship of X": the agent after.
  const chairedBy = chairs ? null : HEADLINE_CHAIRED_BY.exec(headline.text);
  if ((!chairs && !chairedBy) || NEXT_MEETING.test(headline.text) || ANOTHER_TERM.test(headline.text))
    return null;
  const subject = chairs ? chairs[1]! : chairedBy![1]!;
  const subjectStart =
    headline.start + (chairs ? 0 : chairedBy!.index + chairedBy![0].length - subject.length);
  const evidence = { start: headline.start, end: headline.end };
  const byName = namedIn(subject, participants);
  if (byName.length === 1) return { participant: byName[0]!, evidence };
  if (byName.length > 1) return null;
  const countries = new Set(
    countryMentions(text, knowledge, subjectStart, subjectStart + subject.length).map(
      (mention) => mention.id,
    ),
  );
  if (
    countries.size !== 1 ||
    !/\b(?:President|Prime\s+Minister|Premier|[Ll]eader|Chancellor)\b/.test(subject)
  )
    return null;
  const [countryId] = [...countries];
  const leaders = participants.filter(
    (participant) =>
      participant.country?.value.countryId === countryId && participant.role.value === "head_of_delegation",
  );
  return leaders.length === 1 ? { participant: leaders[0]!, evidence } : null;
}
