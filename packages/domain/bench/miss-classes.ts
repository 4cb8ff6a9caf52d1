// Why facts are missed, counted by class over many texts and printed without a word of any text: so that the sealed
// texts, which nobody reads, can still say whether the reader fails to find people, documents and handovers at all,
// or finds them and then records them otherwise (a known person taken for a new one, a title cut short, a term's
// dates). Which kind of failure dominates decides which kind of work helps.
import type { Evaluation, ExpectedRecord } from "../src/reader/evaluate";
import { membershipsOf, rootOrganization, type ReaderKnowledge } from "../src/reader/knowledge";
import { organizationMentions } from "../src/reader/mentions";
import { recordOfProposal } from "../src/reader/evaluate";
import { isTitleToken } from "../src/reader/titles";
import { TITLE_WORDS } from "../src/reader/vocabulary";
import type { MeetingProposal, PersonMention } from "../src/reader/proposal";

export type MissClasses = Map<string, number>;

function add(classes: MissClasses, label: string, count = 1): void {
  classes.set(label, (classes.get(label) ?? 0) + count);
}

/** Lower-case words of three letters or more, without diacritics: a family name shared by two spellings of a person. */
function words(name: string): Set<string> {
  return new Set(
    fold(name)
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 3),
  );
}

/** The names a record gives a person: its "new:" name, or the known person's name and other names. */
function recordedNames(person: string, knowledge: ReaderKnowledge): string[] {
  if (person.startsWith("new:")) return [person.slice(4)];
  const known = knowledge.people.find((candidate) => candidate.id === person);
  return known ? [known.nameI18n.en, ...known.otherNames.map((other) => other.name)] : [];
}

function namesOf(person: string, knowledge: ReaderKnowledge): Set<string> {
  const family = person.startsWith("new:")
    ? null
    : knowledge.people.find((candidate) => candidate.id === person)?.familyName;
  return words([...recordedNames(person, knowledge), family ?? ""].join(" "));
}

/** Whether the text names the person as the record does (its full name, or one of the names the knowledge holds). */
function namedInText(person: string, knowledge: ReaderKnowledge, text: string): string {
  const folded = fold(text);
  const full = recordedNames(person, knowledge);
  if (full.some((name) => folded.includes(fold(name)))) return "named in full as recorded";
  if ([...namesOf(person, knowledge)].some((word) => folded.includes(word)))
    return "named in part or otherwise";
  return "not named in any form the record or knowledge holds";
}

function fold(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
}

const sharesAWord = (a: Set<string>, b: Set<string>) => [...a].some((word) => b.has(word));

/**
 * Whether a mention names the person: its matched record, or a family name (its last word, three letters or more)
 * that is one of the person's names — a shared given name is not enough.
 */
function mentionNames(mention: PersonMention, person: string, knowledge: ReaderKnowledge): boolean {
  const reconciled = mention.person.value;
  if (reconciled.status === "matched" && reconciled.id === person) return true;
  const family = [...words(mention.nameAsStated.split(/\s+/).at(-1) ?? "")];
  const names = namesOf(person, knowledge);
  return family.length > 0 && family.every((word) => names.has(word));
}

/** Whether the people the proposal lists as named but not taking part include the person, as named or a candidate. */
function amongMentions(person: string, knowledge: ReaderKnowledge, proposal: MeetingProposal): boolean {
  return proposal.personMentions.some(
    (mention) =>
      mentionNames(mention, person, knowledge) ||
      mention.person.value.candidates.some((candidate) => candidate.id === person),
  );
}

/** A leader's post as stated: a head of state's or government's, not a deputy's or a former one's. */
const LEADER_POST =
  /\b(?<!Vice[-\s])(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|Sultan)\b/i;

/**
 * What the decision on a mention with no word of taking part could weigh, as the proposal shows it: the post as
 * stated, whether the country is a member (observer, partner) of the organization that met as the knowledge holds it,
 * and whether a participant is already from that country. Counted against whether the record holds the person, it
 * tells which class of mentions promoting to participants would gain more than it costs.
 */
function mentionFeatures(
  mention: PersonMention,
  proposal: MeetingProposal,
  knowledge: ReaderKnowledge,
  text: string,
): string {
  // An organization's post: one the title names an organization in, or a secretariat's head's.
  const named = organizationMentions(text, knowledge, mention.evidence.start, mention.evidence.end).map(
    (found) => rootOrganization(knowledge, found.id)?.id ?? found.id,
  );
  const organizationPost =
    named.length > 0
      ? named.includes(proposal.organizationId ?? "")
        ? "the meeting's organization's post"
        : "another organization's post"
      : /\b(?:Secretary|Director)[-\s]General\b|\bExecutive\s+Secretary\b/i.test(mention.titleAsStated)
        ? "a secretariat head, the organization unnamed"
        : null;
  const post =
    mention.postAsStated === null
      ? "no post"
      : LEADER_POST.test(mention.postAsStated) && !/\b(?:former|late|ex-)\b/i.test(mention.titleAsStated)
        ? "a leader's post"
        : (organizationPost ?? "another post");
  const countryId = mention.country?.countryId ?? null;
  const organizationId = proposal.organizationId;
  const country =
    countryId === null
      ? "no country"
      : organizationId === null
        ? "a country, the organization unknown"
        : membershipsOf(knowledge, organizationId).some((membership) => membership.countryId === countryId)
          ? "a member's country"
          : "a country not a member";
  const represented =
    countryId !== null &&
    proposal.participants.some((participant) => participant.country?.value.countryId === countryId);
  const read = proposal.participants.length;
  const others =
    read === 0
      ? "no participant read"
      : read === 1
        ? `one participant read (${proposal.chair ? "the chair" : "not the chair"})`
        : "2+ participants read";
  return `${post}, ${country}${represented ? ", represented" : ""}, ${others}`;
}

/** Adds one text's misses, by class, to `classes`. */
export function classifyMisses(
  classes: MissClasses,
  proposal: MeetingProposal,
  expected: ExpectedRecord,
  evaluation: Evaluation,
  knowledge: ReaderKnowledge,
  text: string,
): void {
  const got = recordOfProposal(proposal);
  // How the participant misses spread over texts: a few texts missing most of their people (a layout not read at
  // all) call for other work than many texts missing one each (a long tail of phrasings).
  const missing = evaluation.participants.missed.length;
  const bucket = missing === 0 ? "none" : missing <= 2 ? "1–2" : missing <= 5 ? "3–5" : "6 or more";
  add(classes, `texts missing ${bucket} of their participants`);

  // Participants: a person missed is either not proposed at all, or proposed as someone else (a known person read as
  // a new one, a new one matched to a known person or spelled otherwise). Extras are either such variants or people
  // the record does not hold.
  const extras = [...new Set(evaluation.participants.extra)];
  const variants = new Set<string>();
  for (const person of evaluation.participants.missed) {
    const names = namesOf(person, knowledge);
    const variant = extras.find(
      (extra) => !variants.has(extra) && sharesAWord(names, namesOf(extra, knowledge)),
    );
    if (!variant) {
      const surfaced = amongMentions(person, knowledge, proposal)
        ? "among the mentions"
        : "not among the mentions";
      add(classes, `participants missed: not proposed, ${namedInText(person, knowledge, text)}, ${surfaced}`);
      add(classes, `participants missed: not proposed (any naming), ${surfaced}`);
      if (surfaced === "not among the mentions")
        add(
          classes,
          `participants missed, not among the mentions: ${nameSurroundings(person, knowledge, text)}${besideAParticipant(person, knowledge, text, proposal)}`,
        );
      continue;
    }
    variants.add(variant);
    const kind =
      person.startsWith("new:") && variant.startsWith("new:")
        ? "a new person spelled otherwise"
        : person.startsWith("new:")
          ? "a new person matched to a known one"
          : variant.startsWith("new:")
            ? "a known person read as a new one"
            : "another known person of a shared name";
    add(classes, `participants missed: proposed as ${kind}`);
    if (kind === "a new person spelled otherwise")
      add(
        classes,
        `participants missed: spelled otherwise: ${spellingDifference(person.slice(4), variant.slice(4), knowledge)}`,
      );
  }
  for (const extra of evaluation.participants.extra) {
    if (!variants.has(extra)) add(classes, "participants extra: someone the record does not hold");
  }
  const unlisted = evaluation.participants.missed.filter(
    (person) => !amongMentions(person, knowledge, proposal),
  ).length;
  if (unlisted > 0)
    add(
      classes,
      `texts with participants missed and not among the mentions: ${unlisted > 5 ? "6 or more" : unlisted > 2 ? "3–5" : "1–2"} each`,
    );

  // The mentions list, by the reason given: how many of each are people the record holds as participants. It is the
  // noise the editor reads past, and what promoting a class of mentions to participants would gain and cost.
  const recorded = new Set(expected.participants.map((participant) => participant.person));
  for (const mention of proposal.personMentions) {
    const isParticipant = [...recorded].some((person) => mentionNames(mention, person, knowledge));
    const reason = mention.reason?.startsWith("named as merely mentioned")
      ? "named as merely mentioned"
      : mention.reason;
    add(
      classes,
      `mentions listed: ${isParticipant ? "a recorded participant" : "not a participant"}, ${reason ?? "no reason given"}`,
    );
    if (reason === "no word of taking part")
      add(
        classes,
        `mentions with no word of taking part: ${isParticipant ? "a recorded participant" : "not a participant"}, ${mentionFeatures(mention, proposal, knowledge, text)}`,
      );
  }

  // Categories and roles of people found: which category was taken for which.
  const expectedBy = new Map(expected.participants.map((participant) => [participant.person, participant]));
  const body =
    expected.bodyId === null
      ? "a body the knowledge lacks"
      : got.bodyId === expected.bodyId
        ? "the body found"
        : "the body not found";
  // What the text offers for its chair: a word of chairing anywhere, another chair proposed in its stead.
  const chairWords = /\b(?:chair\w*|presid\w*|moderat\w*)\b/i.test(text)
    ? "a word of chairing"
    : "no word of chairing";
  const otherChair = got.participants.some(
    (participant) => participant.role === "chair" && expectedBy.get(participant.person)?.role !== "chair",
  )
    ? ", another chair proposed"
    : "";
  for (const participant of got.participants) {
    const want = expectedBy.get(participant.person);
    if (!want) continue;
    if (want.category !== participant.category)
      add(classes, `category of a person found: ${want.category} read as ${participant.category} (${body})`);
    if (want.role === "chair" && participant.role !== "chair")
      add(
        classes,
        `chair: found as a participant, not as the chair (${chairSentence(want.person, knowledge, text)}; ${chairWords}${otherChair})`,
      );
    if (want.role !== "chair" && participant.role === "chair")
      add(
        classes,
        `chair: a participant made chair (${chairSentence(participant.person, knowledge, text)}; the recorded chair ${
          expected.participants.some(
            (other) =>
              other.role === "chair" && got.participants.some((mine) => mine.person === other.person),
          )
            ? "found as a participant"
            : expected.participants.some((other) => other.role === "chair")
              ? "not found"
              : "none"
        })`,
      );
  }
  for (const want of expected.participants) {
    if (want.role === "chair" && !got.participants.some((participant) => participant.person === want.person))
      add(
        classes,
        `chair: the chair not proposed at all (${chairSentence(want.person, knowledge, text)}; ${proposal.personMentions.some((mention) => mentionNames(mention, want.person, knowledge)) ? "among the mentions" : namedInText(want.person, knowledge, text)}; ${chairWords}${otherChair})`,
      );
  }

  // Documents: the title found with another type or action, a title cut short or run on (most of its words in a
  // title proposed), or not proposed.
  for (const key of evaluation.documents.missed) {
    const [, title = ""] = key.split(" | ");
    const titleWords = words(title);
    const proposed = got.documents.map((document) => document.title);
    if (
      proposed.some(
        (other) => words(other).size === titleWords.size && [...titleWords].every((w) => words(other).has(w)),
      )
    )
      add(classes, "documents missed: title right, type or action differs");
    else if (
      proposed.some((other) => {
        const otherWords = words(other);
        const shared = [...titleWords].filter((word) => otherWords.has(word)).length;
        return shared >= Math.max(2, titleWords.size / 2);
      })
    )
      add(classes, "documents missed: title cut short, run on or worded otherwise");
    else add(classes, "documents missed: not proposed");
  }

  // Dates: the meeting's first and last day and the release's day, each as the record and the proposal give it (their
  // shapes only: a day, a month, a year, none; the same year or another); the body and the attendance mode.
  for (const [label, want, mine] of [
    ["first day", expected.startDate, got.startDate],
    ["last day", expected.endDate, got.endDate],
    ["release day", expected.publicationDate, got.publicationDate],
  ] as const) {
    if (want === mine) continue;
    const shape = (day: string | null) =>
      day === null ? "none" : day.length === 4 ? "a year" : day.length === 7 ? "a month" : "a day";
    const relation =
      want && mine
        ? want.slice(0, 4) !== mine.slice(0, 4)
          ? `, ${mine < want ? "an earlier" : "a later"} year (${Math.abs(Number(mine.slice(0, 4)) - Number(want.slice(0, 4)))}), the record's year ${text.includes(want.slice(0, 4)) ? "in" : "not in"} the text`
          : want.slice(0, 7) !== mine.slice(0, 7)
            ? ", the same year"
            : ", the same month"
        : "";
    add(
      classes,
      `dates missed: the meeting's ${label}: record ${shape(want)}, proposed ${shape(mine)}${relation}`,
    );
  }
  if (expected.attendanceMode !== got.attendanceMode)
    add(classes, `dates missed: attendance ${expected.attendanceMode} read as ${got.attendanceMode}`);
  if (expected.bodyId !== got.bodyId)
    add(
      classes,
      `dates missed: the body ${expected.bodyId === null ? "none in the record" : got.bodyId === null ? "not found" : "another body"}`,
    );

  // Handover: the country proposed with other dates, another country proposed, or none.
  for (const key of evaluation.chairmanship.missed) {
    const [country] = key.split(" | ");
    if (got.chairmanships.some((chairmanship) => chairmanship.countryId === country)) {
      const want = expected.chairmanships.find((chairmanship) => chairmanship.countryId === country)!;
      const same = got.chairmanships.find((chairmanship) => chairmanship.countryId === country)!;
      for (const end of ["startDate", "endDate"] as const) {
        if (want[end] === same[end]) continue;
        const which = end === "startDate" ? "start" : "end";
        const how =
          want[end] === null
            ? "proposed where the record has none"
            : same[end] === null
              ? "none proposed where the record has one"
              : want[end]!.slice(0, 4) === same[end]!.slice(0, 4)
                ? "another day of the same year"
                : "another year";
        // Whether the record closes the term (mostly the outgoing one) and whether the text writes the recorded date's
        // year at all: a start the text never gives can only come from stored terms.
        const side = want.endDate !== null ? "a closed term" : "an open term";
        const year = want[end]?.slice(0, 4);
        const written = !year
          ? ""
          : year === expected.startDate?.slice(0, 4)
            ? ", in the meeting's year"
            : text.includes(year)
              ? `, its year in the text${dateWritten(want[end]!, text)}`
              : ", its year not in the text";
        const proposedAlone =
          want[end] === null && same[end]
            ? `; proposed ${dayKind(same[end]!, expected)}${
                expected.startDate &&
                same[end]!.length >= 10 &&
                same[end]!.slice(5) === expected.startDate.slice(5)
                  ? ", the meeting's day of an earlier year"
                  : ""
              }`
            : "";
        const shapes =
          want[end] && same[end]
            ? `; record ${dayKind(want[end]!, expected)}, proposed ${dayKind(same[end]!, expected)}`
            : "";
        add(
          classes,
          `handover missed: the country right, its ${which} date ${how} (${side}${written}${shapes}${proposedAlone})`,
        );
      }
    } else if (got.chairmanships.length > 0)
      add(classes, anotherCountryProposed(proposal, expected, knowledge, country!, text));
    else {
      // Which words of a handover the text holds at all (their stems only), the body's known or not.
      const stems = [
        ...new Set(
          (
            text.match(
              /\b(?:hand(?:ed|s|ing)?\s+over|pass(?:ed|es|ing)?|transfer\w*|t(?:ook|akes?|aking)\s+over|assum\w*|baton|gavel|chairmanship|presidency|chairship|rotat\w*|will\s+(?:chair|host|preside|lead)|next\s+(?:chair|summit|host))\b/gi,
            ) ?? []
          ).map((word) => word.toLowerCase().replace(/\s+/g, " ").split(" ")[0]!.slice(0, 6)),
        ),
      ].sort();
      add(
        classes,
        `handover missed: no term proposed (${expected.bodyId === null ? "a body the knowledge lacks" : "a known body"}; words: ${stems.join("/") || "none"})`,
      );
    }
  }
}

/** The English name of a month by its number ("July" for 7). */
const monthName = (month: number) =>
  new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );

/**
 * How a recorded day of another year is written in the text: the day with its month ("12 July", "July 12", "12-13
 * July"), its month and year alone, or neither (the year elsewhere). Counts only: whether a start the record holds
 * could be read from the words at all.
 */
function dateWritten(day: string, text: string): string {
  if (day.length < 7) return ", the record a year alone";
  const month = monthName(Number(day.slice(5, 7)));
  const short = month.slice(0, 3);
  const monthWord = String.raw`(?:${month}|${short}\.?)`;
  if (day.length >= 10) {
    const date = String(Number(day.slice(8, 10)));
    const dayFirst = new RegExp(
      String.raw`\b(?:\d{1,2}\s*[-–]\s*)?${date}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthWord}`,
      "i",
    );
    const monthFirst = new RegExp(String.raw`${monthWord}\s+(?:\d{1,2}\s*[-–]\s*)?${date}\b`, "i");
    if (dayFirst.test(text) || monthFirst.test(text)) return ", the day written";
  }
  return new RegExp(String.raw`${monthWord}\s+(?:of\s+)?${day.slice(0, 4)}`, "i").test(text)
    ? `, its month written${day.length === 7 ? " (the record a month)" : ""}`
    : ", the day and month unwritten";
}

/**
 * Whether a sentence naming the person (a word of their names) has a word of chairing too ("chaired", "presided",
 * "chairmanship"), and which: the chair's own sentence says how he chaired, or the text says it elsewhere.
 */
function chairSentence(person: string, knowledge: ReaderKnowledge, text: string): string {
  const names = [...namesOf(person, knowledge)];
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => {
    const folded = fold(sentence);
    return names.some((name) => folded.includes(name));
  });
  if (sentences.length === 0) return "no sentence names them";
  const words = new Set<string>();
  for (const sentence of sentences)
    for (const word of sentence.match(/\b(?:chair\w*|presid(?!ent)\w*|moderat\w*|host\w*|opened)\b/gi) ?? [])
      words.add(word.toLowerCase());
  return words.size
    ? `their sentences say ${[...words].sort().join("/")}`
    : "their sentences have no word of chairing";
}

/** A country's English name, other names and demonyms: the words that name it in a text. */
const countryNames = (country: ReaderKnowledge["countries"][number]) => [
  country.nameI18n.en,
  ...country.otherNames,
  ...country.demonyms,
];

/**
 * How a name proposed differs from the recorded one, by the kind of words only (never the words): words before or
 * after it, words missing, diacritics, case or hyphens, or other spellings of the same number of words.
 */
function spellingDifference(recorded: string, proposed: string, knowledge: ReaderKnowledge): string {
  const countryWords = new Set(
    knowledge.countries.flatMap((country) =>
      countryNames(country)
        .flatMap((name) => fold(name).split(/[^\p{L}]+/u))
        .filter((word) => word.length > 2),
    ),
  );
  const plain = (name: string) => fold(name).replace(/[-‐]/g, " ").replace(/\s+/g, " ").trim();
  if (plain(recorded) === plain(proposed)) return "diacritics, case or hyphens only";
  const want = plain(recorded).split(" ");
  const got = plain(proposed).split(" ");
  const kindOf = (words: string[]) =>
    words.every(
      (word) =>
        TITLE_WORDS.has(word) ||
        /^(?:h\.?e\.?|h\.?h\.?|mr\.?|mrs\.?|dr\.?|sheikh|shaikh|prince|his|her)$/.test(word),
    )
      ? "title or style words"
      : words.every((word) => countryWords.has(word.replace(/['’]s$/, "")))
        ? "country words"
        : words.every((word) => word.length <= 2)
          ? "initials or particles"
          : "name words";
  const at = (outer: string[], inner: string[]) => {
    for (let i = 0; i + inner.length <= outer.length; i++)
      if (inner.every((word, j) => outer[i + j] === word)) return i;
    return -1;
  };
  const inGot = at(got, want);
  if (inGot >= 0) {
    const before = got.slice(0, inGot);
    const after = got.slice(inGot + want.length);
    return [
      before.length ? `${kindOf(before)} before (${before.length > 2 ? "3+" : before.length})` : "",
      after.length ? `${kindOf(after)} after (${after.length > 2 ? "3+" : after.length})` : "",
    ]
      .filter(Boolean)
      .join(" and ")
      .concat(" the recorded name");
  }
  const inWant = at(want, got);
  if (inWant >= 0) {
    const missing = [...want.slice(0, inWant), ...want.slice(inWant + got.length)];
    return `the recorded name's ${kindOf(missing)} missing (${inWant > 0 ? "first" : "last"} words)`;
  }
  return want.length === got.length ? "as many words, some spelled otherwise" : "other words";
}

/**
 * The shape of the words around the first place the text names a person in full (the kinds of words only): what is
 * right before the name and right after it.
 */
function nameSurroundings(person: string, knowledge: ReaderKnowledge, text: string): string {
  const written = writtenInFull(person, knowledge, text);
  if (!written) return "not named in full as written";
  const { name, at } = written;
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + name.length, at + name.length + 40);
  const beforeFolded = fold(before)
    .trimEnd()
    .replace(/['’]s$/, "");
  const countryBefore = knowledge.countries.some((country) =>
    countryNames(country).some((name) => beforeFolded.endsWith(fold(name))),
  );
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? "";
  const beforeKind =
    /\n\s*(?:[-•*·–—]\s*)?$/.test(before) || at === 0
      ? "a line's start"
      : countryBefore
        ? "a country or its adjective"
        : isTitleToken(lastWord)
          ? "a title word"
          : /[:–—-]\s*$/.test(before)
            ? "a colon or dash"
            : /,\s*$/.test(before)
              ? "a comma"
              : /\band\s*$/i.test(before)
                ? "'and'"
                : /\(\s*$/.test(before)
                  ? "a bracket"
                  : /['’]s$/.test(lastWord)
                    ? "another name's possessive"
                    : /\p{Lu}/u.test(lastWord[0] ?? "")
                      ? `another capitalised word${/^\p{Lu}[\p{L}'’-]*$/u.test(lastWord) && knowledge.organizations.some((organization) => organization.nameI18n.en.includes(lastWord)) ? " (of an organization's name)" : ""}`
                      : "a lower-case word";
  const afterKind = /^\s*\(/.test(after)
    ? "a bracket"
    : /^\s*,/.test(after)
      ? "a comma"
      : /^\s*[.;:]/.test(after)
        ? "a stop"
        : /^\s*(?:–|—|-)\s/.test(after)
          ? "a dash"
          : /^\s*\n/.test(after)
            ? "a line's end"
            : /^\s+and\b/.test(after)
              ? "'and'"
              : /^['’]s\b/.test(after)
                ? "a possessive"
                : "a word";
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const where =
    lineStart === 0
      ? "the first line"
      : text.slice(0, lineStart).trim().split("\n").length <= 2
        ? "the lead"
        : "the body";
  return `before: ${beforeKind}; after: ${afterKind}; in ${where}; ${nameShape(text.slice(at, at + name.length))}`;
}

/** The first of the person's recorded names the text writes in full (lower-cased) and where, or null. */
function writtenInFull(
  person: string,
  knowledge: ReaderKnowledge,
  text: string,
): { name: string; at: number } | null {
  const lower = text.toLowerCase();
  const name = recordedNames(person, knowledge)
    .map((candidate) => candidate.toLowerCase())
    .find((candidate) => lower.includes(candidate));
  return name ? { name, at: lower.indexOf(name) } : null;
}

/**
 * Why a name the text holds may have been passed over as a mention: it lies inside a participant's span (two people
 * read as one), or a participant's name ends in the same word (the mentions skip a participant's family name).
 */
function besideAParticipant(
  person: string,
  knowledge: ReaderKnowledge,
  text: string,
  proposal: MeetingProposal,
): string {
  const written = writtenInFull(person, knowledge, text);
  if (!written) return "";
  const { name, at } = written;
  const last = (written: string) => fold(written.trim().split(/\s+/).at(-1) ?? "");
  const inside = proposal.participants.some(
    (participant) => participant.evidence.start <= at && participant.evidence.end >= at + name.length,
  );
  const sameLast = proposal.participants.some((participant) => last(participant.nameAsStated) === last(name));
  return `${inside ? "; inside a participant's span" : ""}${sameLast ? "; a participant's last word" : ""}`;
}

/** The kinds of words a name is written with (never the words): what a mention finder may stumble on. */
function nameShape(name: string): string {
  const words = name.split(/\s+/);
  const kinds = [
    `${words.length} word${words.length === 1 ? "" : "s"}`,
    words.some((word) => /^\p{Ll}/u.test(word)) ? "a lower-case word" : "",
    /-/.test(name) ? "a hyphen" : "",
    /['’]/.test(name) ? "an apostrophe" : "",
    /\P{ASCII}/u.test(name) ? "a letter beyond ASCII" : "",
    words.some((word) => /^\p{Lu}{2,}$/u.test(word)) ? "a word in capitals" : "",
    words.some((word) => /\./.test(word)) ? "an initial" : "",
  ].filter(Boolean);
  return kinds.join(", ");
}

/** What kind of day a term's date is, beside the meeting's days: the meeting's first day, 1 January, a year alone. */
function dayKind(day: string, expected: ExpectedRecord): string {
  if (day === expected.startDate) return "the meeting's first day";
  if (day === expected.endDate) return "the meeting's last day";
  if (/^\d{4}$/.test(day)) return "a year alone";
  if (/^\d{4}-\d{2}$/.test(day)) return "a month alone";
  if (day.endsWith("-01-01")) return "1 January";
  if (day.endsWith("-12-31")) return "31 December";
  const meeting = expected.startDate ? Date.parse(expected.startDate) : NaN;
  const days = (Date.parse(day) - meeting) / 86_400_000;
  if (Number.isFinite(days)) return days < 0 ? `a day before the meeting` : `a day after the meeting`;
  return "another day";
}

/**
 * The class of a handover missed where other terms were proposed: whether the countries proposed that the record
 * does not hold took part in the meeting (a participant of the proposal represents them). A country named for another
 * reason — the next venue, a guest never there, another body's
 * chair — has none, and calls for other work than a member at the table taken for the next holder.
 */
function anotherCountryProposed(
  proposal: MeetingProposal,
  expected: ExpectedRecord,
  knowledge: ReaderKnowledge,
  missed: string,
  text: string,
): string {
  const recorded = new Set(expected.chairmanships.map((chairmanship) => chairmanship.countryId));
  // The ISO code of a country id: the knowledge's, else the fixtures' scheme ("ctykzx0001") or the reference data's
  // ("KZ"). A country the fixture's knowledge lacks is named by the scheme in its record, and by the reference data's
  // id when read with it: the same country, another id.
  const isoOf = (id: string) =>
    knowledge.countries.find((country) => country.id === id)?.iso2 ??
    /^cty([a-z]{2})x\d+$/.exec(id)?.[1]!.toUpperCase() ??
    (/^[A-Z]{2}$/.test(id) ? id : null);
  const recordedIsos = new Set([...recorded].map(isoOf).filter((iso): iso is string => iso !== null));
  const present = new Set(
    proposal.participants.flatMap((participant) =>
      participant.country ? [participant.country.value.countryId] : [],
    ),
  );
  const others = proposal.chairmanships.filter((chairmanship) => !recorded.has(chairmanship.countryId));
  // The record's other side alone (its next holder proposed, its outgoing one not): no other country at all.
  if (others.length === 0) {
    // Which side is missing, and where the text names its country: in the sentence the proposed term was read from, in
    // another sentence, or nowhere by a name the knowledge holds (an office, a capital, a leader alone).
    const term = expected.chairmanships.find((chairmanship) => chairmanship.countryId === missed);
    const side = term?.endDate === null ? "the next holder" : "the outgoing holder";
    const country = knowledge.countries.find((candidate) => candidate.id === missed);
    const names = country ? countryNames(country).map((name) => name.toLowerCase()) : [];
    const evidence = proposal.chairmanships[0]?.evidence;
    const sentenceOf = evidence
      ? text.slice(evidence.start, evidence.end + 400).split(/(?<=[.!?])\s/)[0]!
      : "";
    const where = names.some((name) => sentenceOf.toLowerCase().includes(name))
      ? "named in the handover's sentence"
      : names.some((name) => text.toLowerCase().includes(name))
        ? "named elsewhere in the text"
        : "not named by a country name";
    const present = proposal.participants.some(
      (participant) => participant.country?.value.countryId === missed,
    )
      ? "a participant of it read"
      : "no participant of it read";
    return `handover missed: the record's other side proposed, this one not (${side}; ${where}; ${present})`;
  }
  if (others.some((chairmanship) => recordedIsos.has(isoOf(chairmanship.countryId) ?? "")))
    return "handover missed: the record's country proposed under another id";
  return others.some((chairmanship) => !present.has(chairmanship.countryId))
    ? "handover missed: another country proposed, one with no participant"
    : "handover missed: another country proposed, one with a participant";
}

/** The classes, most frequent first, as lines. */
export function missClassLines(title: string, classes: MissClasses): string[] {
  const sorted = [...classes].sort(
    (a, b) => a[0].split(":")[0]!.localeCompare(b[0].split(":")[0]!) || b[1] - a[1],
  );
  return [
    `${title} — misses by class (counts only)`,
    ...sorted.map(([label, count]) => `  ${String(count).padStart(4)}  ${label}`),
  ];
}
