import { rangeBounds, type DateRange } from "../common/date-range";
import { partialDateStart, type PartialDate } from "../common/partial-date";
import type { KnownPost, ReaderKnowledge } from "./knowledge";
import { organizationById, rootOrganization } from "./knowledge";
import { countryMentions, organizationMentions, type Mention } from "./mentions";
import { round } from "./names";
import type { Candidate, NewPost, Reconciled } from "./proposal";
import { phrasePattern } from "./segment";
import { worldCountryIn, worldCountryMentions } from "./world-countries";
import {
  FORM_OF_ADDRESS,
  MILITARY_RANK,
  NAME_PARTICLES,
  NAME_STYLES,
  ORGANIZATION_NOUN,
  ROLE_NOUNS,
  STYLE_OF_RANK,
  TITLE_WORDS,
  organizationsWithAnd,
  portfoliosInTitles,
  regionsInTitles,
  roleOfNoun,
} from "./vocabulary";

export interface ParsedTitle {
  /** The title as stated (without the name). */
  start: number;
  end: number;
  text: string;
  /** The noun heading the title, canonical spelling ("Secretary-General"), or null. */
  roleNoun: string | null;
  country: Mention | null;
  organization: Mention | null;
}

export interface TitledName {
  start: number;
  end: number;
  /** Title and name exactly as stated. */
  text: string;
  title: ParsedTitle | null;
  name: { start: number; end: number; text: string } | null;
}

const ROLE_PATTERNS = ROLE_NOUNS.map((noun) => ({ noun, pattern: phrasePattern(noun) }));

/** Title words and mentions in `text[start, end)`: the noun heading it and the country or organization it names. */
export function parseTitle(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): ParsedTitle {
  const slice = text.slice(start, end);
  let roleNoun: { noun: string; at: number } | null = null;
  for (const { noun, pattern } of ROLE_PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(slice);
    if (match && (!roleNoun || match.index < roleNoun.at)) roleNoun = { noun, at: match.index };
  }
  // "COMESA Chairman President X", "the current SAARC Chairman, President X": the chair of a body, then the leader's
  // own post. The leader's noun is the post (the chair is a role at the meeting, read by `participationRead`), and the
  // body named is the chair's, not the post's.
  const chairAt = roleNoun && /^Chair/i.test(roleNoun.noun) ? roleNoun.at : null;
  const chained = chairAt === null ? null : CHAIR_THEN_LEADER.exec(slice.slice(chairAt));
  if (chained && chairAt !== null)
    roleNoun = {
      noun: chained[1]!.replace(/\s+/g, " "),
      at: chairAt + chained[0].length - chained[1]!.length,
    };
  // "Ambassador of Ukraine to Belarus", "Special Envoy … to China", "Permanent Representative of Belarus to the CIS":
  // the country or organization an envoy is sent to is not the post's; the post is the sending country's.
  const notAccreditedTo = (mention: Mention) =>
    !/\bto\s+(?:the\s+)?$/i.test(text.slice(start, mention.start));
  const countries = countryMentions(text, knowledge, start, end).filter(notAccreditedTo);
  const organizations = organizationMentions(text, knowledge, start, end).filter(
    (mention) => notAccreditedTo(mention) && !(chained && mention.end <= start + roleNoun!.at),
  );
  const longest = (mentions: Mention[]) =>
    mentions.reduce<Mention | null>(
      (best, mention) => (!best || mention.end - mention.start > best.end - best.start ? mention : best),
      null,
    );
  // A chained title is the leader's post alone: "President" of "COMESA Chairman President".
  const from = chained ? roleNoun!.at : 0;
  return {
    start: start + from,
    end,
    text: slice.slice(from),
    roleNoun: roleNoun ? canonicalRoleNoun(roleNoun.noun, slice.slice(from)) : null,
    country: longest(countries),
    organization: longest(organizations),
  };
}

/** A chair's noun, then a leader's: "Chairman President", "Chairperson, Prime Minister". */
const CHAIR_THEN_LEADER =
  /^[Cc]hair(?:man|person|woman)?\s*,?\s+(President|Prime\s+Minister|Premier|King|Emir|Amir|Sultan|Chancellor)\b/;

/**
 * A country name as a post's label writes it after "of": with "the" when the name is a plural or a union of parts
 * ("President of the United States", "Prime Minister of the Netherlands", "President of the Marshall Islands").
 */
export function withArticle(name: string): string {
  return /^(?:the\s|The\s)/.test(name) ||
    !/^(?:United|Republic|Kingdom|Federation|Union|Federated|Democratic|Czech\s+Republic|Central\s+African|Dominican\s+Republic)\b|(?:Islands|Emirates|States|Netherlands|Philippines|Maldives|Bahamas|Comoros|Seychelles)$/.test(
      name,
    )
    ? name
    : `the ${name}`;
}

/**
 * A known country's name as a post's label writes it after "of": "the United States" (a name of states in the plural
 * always takes the article, whether the text wrote "U.S.", "US" or "the United States of America"); any other name as
 * the knowledge holds it.
 */
export function knownCountryInLabel(name: string): string {
  return /^\p{Lu}[\p{L}\s]*\sStates$/u.test(name) ? `the ${name}` : name;
}

function canonicalRoleNoun(noun: string, title: string): string {
  // "Minister of Foreign Affairs", "External Affairs Minister" and "Foreign Minister" name one post.
  if (noun === "Minister" && /\b(?:foreign|external)\s+affairs\b/i.test(title)) return "Foreign Minister";
  // "the First President of Kazakhstan": a founding president's lasting status, not the presidency he once held.
  if (noun === "President" && /\bFirst\s+President\b/.test(title)) return "First President";
  return noun
    .replace(/^Secretary General$/, "Secretary-General")
    .replace(/^Director General$/, "Director-General")
    .replace(/^(First )?Vice President$/, "$1Vice-President");
}

/** A role noun in the plural: "Presidents", "Prime Ministers", "Secretaries-General" (the first word of "X-General"). */
const pluralOf = (noun: string) =>
  /[-\s]General$/.test(noun)
    ? noun.replace(/^(\w+?)(y?)(?=[-\s]General$)/, (_, stem: string, y: string) =>
        y ? `${stem}ies` : `${stem}s`,
      )
    : noun.replace(/y$/, "ie") + "s";

const PLURAL_ROLE_NOUNS = ROLE_NOUNS.map((noun) => ({ noun, plural: pluralOf(noun).toLowerCase() }));

/**
 * The role noun of a title that is only a plural one ("Presidents", "the Prime Ministers", "the two
 * Secretaries-General"): one title shared by two or more people, in the singular each holds it in.
 */
export function sharedRoleNoun(title: string): string | null {
  const bare = title
    .trim()
    .replace(/^(?:the\s+)?(?:two\s+|three\s+|both\s+)?/i, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  const found = PLURAL_ROLE_NOUNS.find(({ plural }) => plural === bare || plural.replace(/-/g, " ") === bare);
  return found ? canonicalRoleNoun(found.noun, found.noun) : null;
}

/** A particle written in lower case ("bin", "al"): it cannot start a name; "Le" in "Le Luong Minh" is a name. */
const isLowerParticle = (word: string) => /^\p{Ll}/u.test(word) && NAME_PARTICLES.has(word.toLowerCase());

/**
 * A role noun as posts are compared by it: lower case, the names of a head of government taken as one ("Premier
 * of the State Council" and "Chairman of the Government of Russia" are their countries' prime ministers), and the
 * spellings of one title ("Amir", "Emir").
 */
const roleKey = (noun: string) => {
  const key = noun.toLowerCase().replace(/[\s-]+/g, " ");
  // "Amir of Qatar" is the same post as "Emir of Qatar": two spellings of one title.
  if (key === "amir") return "emir";
  return key === "premier" || key === "chairman of the government" ? "prime minister" : key;
};

/** The nouns an organization's head goes by. */
const IGO_HEAD_NOUN =
  /^(?:Secretary[-\s]General|Executive\s+Secretary|Director[-\s]General|Executive\s+Director|Chair(?:man|woman|person)?|President|Head)$/i;

export function isTitleToken(word: string): boolean {
  // "U Aung Min Thu": the Burmese style is a lone capital with no full stop ("A. U. Mamin" has initials).
  if (/^U,?$/.test(word)) return true;
  const bare = word.replace(/^[("'“«]+|[)"'’”»,.;:]+$/g, "");
  if (bare === "") return true;
  // "el-Sisi": a lowercase particle joined to a name is part of the name.
  if (/^[\p{Ll}]/u.test(bare)) return !NAME_PARTICLES.has(bare) && !NAME_PARTICLES.has(bare.split("-")[0]!);
  // "Heads of State/Government": a slash joins title words as a hyphen does.
  // A plural title ("Vice-Presidents", "Premiers") is a title too.
  return bare.split(/[-/]/).every((part) => {
    const lower = part.toLowerCase();
    // "Secretaries-General": a plural in "-ies" is the title word in "-y".
    return (
      TITLE_WORDS.has(lower) ||
      (/s$/.test(lower) && TITLE_WORDS.has(lower.replace(/e?s$/, ""))) ||
      (/ies$/.test(lower) && TITLE_WORDS.has(lower.replace(/ies$/, "y")))
    );
  });
}

/**
 * Where countries and organizations are named in `text[start, end)`, known ones and, with "and" in the name, ones the
 * reference data lacks ("Director-General of the Food and Agriculture Organization X"; never one that runs over a
 * country: "of Russia X and Asian Development Bank …"), and the region a title is for ("… for Central Asia X"): spans
 * whose words are no person's name, nor split as a list.
 */
export function countryAndOrganizationSpans(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): { start: number; end: number }[] {
  const countries = [
    ...countryMentions(text, knowledge, start, end),
    ...worldCountryMentions(text, start, end),
  ];
  return [
    ...countries,
    ...organizationMentions(text, knowledge, start, end),
    ...organizationsWithAnd(text, start, end).filter(
      (span) => !countries.some((country) => country.start < span.end && span.start < country.end),
    ),
    ...regionsInTitles(text, start, end),
    ...portfoliosInTitles(text, start, end),
  ];
}

/**
 * Splits "President of Kazakhstan Kassym-Jomart Tokayev", "Russian President Vladimir Putin" or
 * "Joko Widodo, President of Indonesia" into title and name. The name is the run of capitalised words that are
 * neither title words nor part of a known country or organization.
 */
export function parseTitledName(
  text: string,
  start: number,
  end: number,
  knowledge: ReaderKnowledge,
): TitledName {
  const item = text.slice(start, end);
  const protectedSpans = countryAndOrganizationSpans(text, start, end, knowledge);
  // A comma standing on its own ("Li Qiang , Premier of …") is no word.
  const tokens = [...item.matchAll(/[^\s,;:]\S*/g)].map((match) => {
    const tokenStart = start + match.index;
    // "Ebrahim Raisi's video message": the possessive is no part of the name.
    const tokenEnd = tokenStart + match[0].replace(/[,.;:]+$/, "").replace(/(?<=\p{L})['’]s$/u, "").length;
    const inMention = protectedSpans.some((mention) => mention.start < tokenEnd && tokenStart < mention.end);
    return {
      start: tokenStart,
      end: tokenEnd,
      word: match[0],
      title: inMention || isTitleToken(match[0]),
      inMention,
    };
  });
  // "Tan Sri Abu Zahar", "Puan Sri Y": a Malaysian style of two words, the first of which is elsewhere a family name.
  tokens.forEach((token, index) => {
    if (/^(?:Tan|Puan)$/.test(token.word) && /^Sri$/.test(tokens[index + 1]?.word ?? "")) token.title = true;
    // "Field Marshal X": a rank of two words, the first of which is elsewhere a name.
    if (token.word === "Field" && /^Marshal\b/.test(tokens[index + 1]?.word ?? "")) token.title = true;
  });
  // "Hassanal Bolkiah … ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien …,": "son of the late …" — the late father's
  // name and styles, up to a comma, are no part of the item at all.
  const late = tokens.findIndex(
    (token, index) =>
      index > 0 &&
      /^(?:ibni|ibnu|bin|binti)$/i.test(tokens[index - 1]!.word) &&
      /^(?:Al-?Marhum|Almarhum)(?:ah)?,?$/i.test(token.word),
  );
  if (late > 0) {
    const close = tokens.findIndex((token, index) => index >= late && /[,;:]$/.test(token.word));
    tokens.splice(late - 1, (close < 0 ? tokens.length : close + 1) - (late - 1));
  }
  // "Mohd Najib Tun Abdul Razak": a style between two words of a name belongs to the name.
  tokens.forEach((token, index) => {
    const [previous, next] = [tokens[index - 1], tokens[index + 1]];
    if (
      token.title &&
      previous &&
      next &&
      !previous.title &&
      !next.title &&
      !/[,;:]$/.test(previous.word) &&
      NAME_STYLES.has(token.word.replace(/['’]$/, "").toLowerCase())
    )
      token.title = false;
  });
  const whole = { start, end, text: item };

  // Name first: "Joko Widodo, President of Indonesia".
  const comma = item.indexOf(",");
  if (comma > 0) {
    let before = tokens.filter((token) => token.end <= start + comma);
    const after = tokens.filter((token) => token.start > start + comma);
    // Honorifics before the name ("Samdech Hun Sen, Prime Minister of …", "H.E. Mr. X, President of …") are no part
    // of it; a role noun or a country there would make it a title.
    const honorifics = before.findIndex((token) => !token.title);
    if (
      honorifics > 0 &&
      before.slice(honorifics).every((token) => !token.title) &&
      !parseTitle(text, before[0]!.start, before[honorifics - 1]!.end, knowledge).roleNoun &&
      !protectedSpans.some(
        (mention) => mention.start < before[honorifics - 1]!.end && before[0]!.start < mention.end,
      )
    )
      before = before.slice(honorifics);
    if (before.length >= 1 && before.every((token) => !token.title) && after.some((token) => token.title)) {
      const titleStart = after[0]!.start;
      return {
        ...whole,
        name: {
          start: before[0]!.start,
          end: before.at(-1)!.end,
          text: text.slice(before[0]!.start, before.at(-1)!.end),
        },
        title: parseTitle(text, titleStart, end, knowledge),
      };
    }
  }

  // Post after the name: "President Xi Jinping of China", "Kubanychbek Omuraliev of Kyrgyzstan".
  const of = tokens.findIndex(
    (token, index) => index > 0 && token.word === "of" && !tokens[index - 1]!.title,
  );
  // "Jasem Mohamed Albudaiwi of the GCC": an organization the reference data does not hold, by its abbreviation.
  const abbreviationAfter = (index: number) =>
    ABBREVIATION.test(
      (/^the$/i.test(tokens[index + 1]?.word ?? "") ? tokens[index + 2] : tokens[index + 1])?.word ?? "",
    );
  if (
    of > 0 &&
    (protectedSpans.some((mention) => mention.start >= tokens[of]!.end) || abbreviationAfter(of))
  ) {
    let first = of;
    while (first > 0 && !tokens[first - 1]!.title) first--;
    while (first < of && isLowerParticle(tokens[first]!.word)) first++;
    // "President of the Dewan Negara of Malaysia": capitalised words after "the" name an organ, not a person.
    if (first < of && !/^the$/i.test(tokens[first - 1]?.word ?? "")) {
      const nameEnd = tokens[of - 1]!.end;
      // "The two Secretaries-General, A of the GCC": a plural title before the name is the noun of its post.
      const shared =
        first > 0 ? sharedRoleNoun(text.slice(start, tokens[first - 1]!.end).replace(/,$/, "")) : null;
      const scope = parseTitle(text, tokens[of]!.start, end, knowledge);
      return {
        ...whole,
        name: { start: tokens[first]!.start, end: nameEnd, text: text.slice(tokens[first]!.start, nameEnd) },
        // "Kubanychbek Omuraliev of Kyrgyzstan": with no title word before the name, the title is what follows it.
        title: shared
          ? { ...scope, text: `${shared} ${scope.text}`, roleNoun: shared }
          : first === 0
            ? scope
            : parseTitle(text, start, end, knowledge),
      };
    }
  }

  // Name first, its country in brackets: "Jair Bolsonaro (Brazil)", "Prime Minister Shehbaz Sharif (Pakistan)".
  const bracket = /\s*\(([^()]*)\)\s*$/.exec(item);
  if (bracket && bracket.index > 0) {
    const open = start + bracket.index;
    const inBracket = protectedSpans.some((mention) => mention.start > open && mention.end <= end);
    const head = parseTitledName(text, start, open, knowledge);
    if (head.name) {
      if (!inBracket) return head;
      // "A (Belarus, chair)": the role the aside gives at the meeting is no post; the country in it is the title's.
      const chairAside =
        /,\s*(?:the\s+)?(?:current\s+)?(?:chair(?:man|person|woman)?|presiding)\s*\)\s*$/i.test(item);
      const country = chairAside
        ? protectedSpans.find((mention) => mention.start > open && mention.end <= end)
        : undefined;
      const title =
        head.title && (head.title.country || head.title.organization)
          ? head.title
          : country && !head.title
            ? parseTitle(text, country.start, country.end, knowledge)
            : parseTitle(text, head.title ? head.title.start : open, end, knowledge);
      return { ...whole, name: head.name, title };
    }
  }

  // Title first: the name is the trailing run of name words.
  let first = tokens.length;
  while (first > 0 && !tokens[first - 1]!.title) first--;
  // A particle cannot start a name, unless capitalised ("Le Luong Minh"; "al-Sisi" is no name of its own).
  while (first < tokens.length && isLowerParticle(tokens[first]!.word)) first++;
  // "President of the Asian Development Bank Hiro Tanabe": an organization the reference data does not hold ends at
  // its head noun, and the name starts after it.
  const organizationEnd = tokens.findLastIndex(
    (token, index) => index >= first && ORGANIZATION_NOUN.test(token.word.replace(/[,.;:]+$/, "")),
  );
  // (The organization's name may hold title words of its own: "the Asian Infrastructure Investment Bank", "the
  // International Energy Forum".)
  let article = first - 1;
  while (article > 0 && /^\p{Lu}/u.test(tokens[article]!.word) && !tokens[article]!.inMention) article--;
  if (organizationEnd >= first && organizationEnd < tokens.length - 1 && tokens[article]?.word === "the")
    first = organizationEnd + 1;
  // "President of the Turkish Republic of Northern Cyprus", "Secretary General of the Organization": words after a
  // state's form and "of", or after "of the", name a place or a body, not a person ("Prime Minister of Rocklandia Ivan
  // Petrovic" still names one).
  if (
    first > 1 &&
    first < tokens.length &&
    (/^of$/i.test(tokens[first - 1]!.word)
      ? STATE_FORM.test(tokens[first - 2]!.word)
      : /^the$/i.test(tokens[first - 1]!.word) && /^of$/i.test(tokens[first - 2]!.word))
  )
    first = tokens.length;
  // "Secretary General of TURKPA Ramil Hasanov": an organization's abbreviation after "of" ends the title, and the
  // name starts after it.
  if (
    first > 0 &&
    first < tokens.length - 2 &&
    /^(?:of|the)$/i.test(tokens[first - 1]!.word) &&
    /^\p{Lu}{2,8}$/u.test(tokens[first]!.word)
  )
    first++;
  // "National Leader of the Turkmen People": one capitalised word after "the" and a demonym ends the title; no name.
  if (
    first === tokens.length - 1 &&
    first > 1 &&
    /^the$/i.test(tokens[first - 2]!.word) &&
    knowledge.countries.some((country) => country.demonyms.includes(tokens[first - 1]!.word))
  )
    first = tokens.length;
  const nameTokens = tokens.slice(first);
  const titleTokens = tokens.slice(0, first);
  const name = nameTokens.length
    ? {
        start: nameTokens[0]!.start,
        end: nameTokens.at(-1)!.end,
        text: text.slice(nameTokens[0]!.start, nameTokens.at(-1)!.end),
      }
    : null;
  const title = titleTokens.length
    ? parseTitle(text, titleTokens[0]!.start, titleTokens.at(-1)!.end, knowledge)
    : null;
  return {
    ...whole,
    name,
    title: title && (title.roleNoun || title.country || title.organization) ? title : title,
  };
}

// An organization's abbreviation, as the last word of an item: "GCC", "OIC", "SAARC" (never a name's initials, "N.N.").
const ABBREVIATION = /^\p{Lu}{2,6}[,.;:]?$/u;

interface ParsedPost {
  post: KnownPost;
  roleNoun: string | null;
}

const postCache = new WeakMap<ReaderKnowledge, ParsedPost[]>();

function parsedPosts(knowledge: ReaderKnowledge): ParsedPost[] {
  let parsed = postCache.get(knowledge);
  if (!parsed) {
    parsed = knowledge.posts.map((post) => ({
      post,
      roleNoun: parseTitle(post.labelI18n.en, 0, post.labelI18n.en.length, knowledge).roleNoun,
    }));
    postCache.set(knowledge, parsed);
  }
  return parsed;
}

function relatedOrganizations(knowledge: ReaderKnowledge, a: string, b: string): boolean {
  const root = rootOrganization(knowledge, a);
  return root !== undefined && root.id === rootOrganization(knowledge, b)?.id;
}

/**
 * Whether a term (a post held, a membership) runs on a date, read as every term is (common/date-range.ts): half-open,
 * so on a handover day only the new term runs (a country that became a member on the day of a summit is a member
 * there, not also an observer), and a partial bound stands for its whole period.
 */
export function covers(range: DateRange, date: PartialDate | null): boolean {
  if (!date) return true;
  const day = partialDateStart(date);
  const { from, to } = rangeBounds(range);
  return (from === null || from <= day) && (to === null || day < to);
}

/** The posts a person holds on a date, as occupancies (all of them when the date is not known). */
export function occupanciesOn(knowledge: ReaderKnowledge, personId: string | null, date: PartialDate | null) {
  return knowledge.occupancies.filter(
    (occupancy) => occupancy.personId === personId && covers(occupancy, date),
  );
}

/** Known posts that fit a title, best first; a person's occupancy on the meeting date makes a post more likely. */
export function postCandidates(
  title: ParsedTitle,
  knowledge: ReaderKnowledge,
  personId: string | null,
  date: PartialDate | null,
): Candidate[] {
  const held = new Set(occupanciesOn(knowledge, personId, date).map((occupancy) => occupancy.postId));
  const result: Candidate[] = [];
  // "Deputy Director of …": a deputy holds no post of the noun alone.
  // … nor an honorary chairman.
  const at = /\b(?:Deputy|Honorary)\s/.test(title.text) ? nounAt(title) : undefined;
  const rank = at !== undefined ? /\b(Deputy|Honorary)\s+$/.exec(title.text.slice(0, at))?.[1] : undefined;
  const ranked = rank ? new RegExp(`\\b${rank}\\b`, "i") : null;
  for (const { post, roleNoun } of parsedPosts(knowledge)) {
    if (ranked && !ranked.test(post.labelI18n.en)) continue;
    let role = 0;
    if (title.roleNoun && roleNoun && roleKey(title.roleNoun) === roleKey(roleNoun)) role = 1;
    else if (
      title.roleNoun &&
      /^(leader|head)$/i.test(title.roleNoun) &&
      /^head_of_(state|government)$/.test(post.role)
    )
      role = 0.6;
    else if (!title.roleNoun && held.has(post.id)) role = 0.5;
    // "CIS Executive Secretary X" for the Secretary General of the CIS: an organization names its head in more than
    // one way, so another head's title for the post the person holds in that organization on the date is that post.
    else if (
      title.roleNoun &&
      held.has(post.id) &&
      title.organization &&
      post.organizationId &&
      IGO_HEAD_NOUN.test(title.roleNoun) &&
      IGO_HEAD_NOUN.test(roleNoun ?? "") &&
      (post.organizationId === title.organization.id ||
        relatedOrganizations(knowledge, title.organization.id, post.organizationId))
    )
      role = 0.8;
    let scope = 0;
    if (title.country && post.countryId === title.country.id) scope = 1;
    else if (title.organization && post.organizationId === title.organization.id) scope = 1;
    else if (
      title.organization &&
      post.organizationId &&
      relatedOrganizations(knowledge, title.organization.id, post.organizationId)
    )
      scope = 0.6;
    // "President Vladimir Putin": no country in the title, but the person holds a post with that noun.
    else if (!title.country && !title.organization && held.has(post.id)) scope = 0.7;
    let score = role * scope;
    if (held.has(post.id) && score > 0) score = Math.min(1, score + 0.3);
    if (score >= 0.5)
      result.push({
        id: post.id,
        label: post.labelI18n.en,
        score: round(score),
        reason: held.has(post.id) ? "post held by the person" : "title",
      });
  }
  return result.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
}

// "President of the Dewan Negara of Malaysia", "Chairman of the Halk Maslahaty of Turkmenistan": a chamber or council
// named in its own words between the role noun and the country; never the country's own style ("the Republic of").
const ORGAN_BEFORE_COUNTRY =
  /\bof\s+the\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+of\s+(?:the\s+)?$/u;
const STATE_FORM =
  /\b(?:Republic|Kingdom|State|States|Sultanate|Federation|Union|Emirates?|Principality|Commonwealth|Government|Cabinet|Council\s+of\s+Ministers)\b/;

function organBeforeCountry(title: ParsedTitle): string | null {
  if (!title.country || title.country.start <= title.start || title.country.start > title.end) return null;
  const organ = ORGAN_BEFORE_COUNTRY.exec(title.text.slice(0, title.country.start - title.start))?.[1];
  // … nor a title ("Special Envoy of the President of the Kyrgyz Republic").
  return organ &&
    !STATE_FORM.test(organ) &&
    !organ.split(/\s+/).some((word) => TITLE_WORDS.has(word.toLowerCase()))
    ? organ
    : null;
}

// A rank written before a role noun that is part of the post: "First Vice-President", "Second Vice-President",
// "Deputy Chairman", "First Deputy Director", "Honorary Chairman".
// "Senior Minister" (Singapore's, Brunei's and others' office above the ministers) is a rank of its own too.
const RANK_BEFORE_NOUN = /\b((?:(?:First|Second)\s+)?Deputy|First|Second|Third|Honorary|Senior)\s+$/;
// A state's own style before its name, as a title may run into it: "of the Islamic Republic of", "of the Sultanate of".
const STATE_FORM_WORD =
  /^(?:Republic|Kingdom|State|Sultanate|Federation|Union|Emirates?|Principality|Commonwealth)$/;
// The small words a portfolio joins its capitalised words with: "of State for External Affairs and Culture".
const PORTFOLIO_JOINER = /^(?:of|for|the|and|&)$/;

/**
 * Where a title's role noun stands in its text: the noun the title is read by, where an earlier office stands before it
 * ("First President of X and Honorary Chairman of Y"), else the earliest.
 */
function nounAt(title: ParsedTitle): number | undefined {
  const own = title.roleNoun ? title.text.lastIndexOf(title.roleNoun) : -1;
  return own >= 0 ? own : roleNounAt(title.text)?.at;
}

/** The rank a title writes before its role noun, with a space after it ("Deputy ", "First Deputy "), or "". */
function rankBeforeNoun(title: ParsedTitle): string {
  const at = nounAt(title);
  const rank = at !== undefined ? RANK_BEFORE_NOUN.exec(title.text.slice(0, at))?.[1] : undefined;
  return rank ? `${rank} ` : "";
}

/** The earliest role noun in a title's text, as written, with where it stands. */
function roleNounAt(title: string): { noun: string; at: number; end: number } | null {
  let found: { noun: string; at: number; end: number } | null = null;
  for (const { noun, pattern } of ROLE_PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(title);
    if (match && (!found || match.index < found.at))
      found = { noun, at: match.index, end: match.index + match[0].length };
  }
  return found;
}

/** `words` without the trailing "of", "the" and a state's style before its name ("of the Islamic Republic of"). */
function withoutStateStyle(words: string[]): string[] {
  const kept = [...words];
  let style = false;
  while (kept.length > 0) {
    const last = kept.at(-1)!.replace(/,$/, "");
    if (/^(?:of|the|,|)$/i.test(last)) style = false;
    else if (STATE_FORM_WORD.test(last)) style = true;
    // "Islamic", "People's" before "Republic of": the style's own adjectives.
    else if (!style || !/^\p{Lu}/u.test(last)) break;
    kept.pop();
  }
  return kept;
}

/**
 * The words of a title that name a post the knowledge does not hold, before its country: the role noun with a rank
 * before it ("First Vice-President") or a portfolio or organ after it ("Minister of State for External Affairs",
 * "Minister of Communications and Information Technology", "Deputy Prime Minister for the Council of Ministers'
 * Affairs", "Premier of the State Council"), as the title writes them. Null when the title holds no more than the
 * noun, or when the words after it are no portfolio: lower-case words, another title ("Special Envoy of the President
 * of …"), an envoy's "to".
 */
export function postPhrase(title: ParsedTitle): string | null {
  const found = roleNounAt(title.text);
  if (!found || /^(?:leader|head)$/i.test(found.noun)) return null;
  const rank = RANK_BEFORE_NOUN.exec(title.text.slice(0, found.at))?.[1];
  // The portfolio runs up to the country or organization after the noun (a country before it, "Iran by First
  // Vice-President X", or outside the title, scopes the post but ends nothing).
  const scopes = [title.country, title.organization, worldCountryIn(title.text.slice(found.end))]
    .map((mention, index) =>
      mention ? (index === 2 ? found.end + mention.start : mention.start - title.start) : -1,
    )
    .filter((at) => at >= found.end);
  const until = scopes.length > 0 ? Math.min(...scopes) : title.text.length;
  const portfolio = withoutStateStyle(title.text.slice(found.end, until).trim().split(/\s+/).filter(Boolean));
  const fits =
    portfolio.length === 0 ||
    (/^(?:of|for)$/.test(portfolio[0]!) &&
      portfolio.length > 1 &&
      portfolio.every((word) => PORTFOLIO_JOINER.test(word) || /^\p{Lu}[\p{L}'’-]*,?$/u.test(word)) &&
      roleNounAt(portfolio.join(" ")) === null);
  // "Minister of Foreign Affairs", "Minister of External Affairs": the foreign minister's post, named one way whatever
  // the phrasing ("Foreign Minister", as `canonicalRoleNoun` has it).
  const foreignMinister = !rank && /^(?:of|for)\s+(?:Foreign|External)\s+Affairs$/i.test(portfolio.join(" "));
  const noun = canonicalRoleNoun(found.noun, found.noun);
  // "First Vice President X of Iran": the name stands between the noun and the country; the rank is the post's all
  // the same.
  if (!fits && rank && !/^(?:of|for)$/i.test(portfolio[0] ?? "")) return `${rank} ${noun}`;
  if (!fits || foreignMinister || (!rank && portfolio.length === 0)) return null;
  return [rank, noun, ...portfolio].filter(Boolean).join(" ").replace(/,$/, "");
}

/**
 * Whether a title names an organization the reference data does not hold: by its head noun ("President of the Asian
 * Development Bank") or by its abbreviation after "of" ("Secretary-General of the GCC").
 */
export function namesUnknownOrganization(title: ParsedTitle): boolean {
  return (
    namesAbbreviatedOrganization(title) ||
    (!title.country &&
      !title.organization &&
      title.text.split(/\s+/).some((word) => ORGANIZATION_NOUN.test(word)))
  );
}

/**
 * Whether a title names an organization the reference data does not hold by its abbreviation, after "of" ("… of the
 * GCC") or before its head's title ("WTO Director-General", "IMF Managing Director").
 */
export function namesAbbreviatedOrganization(title: ParsedTitle): boolean {
  return (
    !title.country &&
    !title.organization &&
    (/\bof\s+(?:the\s+)?\p{Lu}{2,8}\b(?![\p{L}.])/u.test(title.text) ||
      opensWithOrganizationAbbreviation(title.text))
  );
}

// An abbreviation in capitals before the title of an organization's head: "WTO Director-General", "IMF Managing
// Director", "OECD Secretary-General", "ADB President". Styles written in capitals ("HRH", "HH", "HE") are no
// organization's.
const ABBREVIATION_BEFORE_HEAD =
  /^(?!(?:HRH|HH|HM|HE|HIM|HMA)\b)(\p{Lu}{2,8})\s+(?:Deputy\s+)?(?:Secretary[-\s]General|Director[-\s]General|Managing\s+Director|Executive\s+(?:Secretary|Director)|President|Chair(?:man|woman|person)?|Head)\b/u;

/**
 * Whether a title opens with the abbreviation of an organization before its head's title ("WTO Director-General"):
 * not a country's ("US President", "UAE Vice President"), which `worldCountryIn` knows.
 */
export function opensWithOrganizationAbbreviation(title: string): boolean {
  const abbreviation = ABBREVIATION_BEFORE_HEAD.exec(title.trim())?.[1];
  return abbreviation !== undefined && worldCountryIn(abbreviation) === undefined;
}

// "represented by its Foreign Minister, Prince X": the possessive before a post with no country and the style set off
// after it belong to the sentence and the name, not to the post's label; so does a rank set off after it ("the Head of
// the Transitional Council, General X").
const LABEL_DETERMINER = /^\s*(?:its|his|her|their)\s+(?=\p{Lu})/u;
const STYLE_AFTER_COMMA = new RegExp(
  String.raw`,\s*(?:${STYLE_OF_RANK}(?:\s+|$))?(?:Prince|Princess|Sheikh|Sheikha|Sayyid|Shaikh|${FORM_OF_ADDRESS}|Ambassador|${MILITARY_RANK})?\s*$`,
);

/** The post a title names: a known one, or a proposal to create it. */
export function reconcilePost(
  title: ParsedTitle,
  knowledge: ReaderKnowledge,
  personId: string | null,
  date: PartialDate | null,
): { reconciled: Reconciled<NewPost>; confidence: number } {
  const candidates = postCandidates(title, knowledge, personId, date);
  const best = candidates[0];
  // "The leader of Mongolia X": the country's one head of state or government post the reference data holds.
  const leader = title.roleNoun
    ? /^(?:leader|head)$/i.test(title.roleNoun)
    : /\b(?:leaders?|heads?)\b/i.test(title.text);
  // "Head of the Presidential Administration of Kazakhstan" heads an office, not the country.
  const office = /\b(?:Administration|Office|Ministry|Department|Service|Agency|Secretariat|Staff)\b/.test(
    title.text,
  );
  if (leader && !office && title.country && (!best || best.score < 0.75)) {
    const heads = knowledge.posts.filter(
      (post) => post.countryId === title.country!.id && /^head_of_(?:state|government)$/.test(post.role),
    );
    if (heads.length === 1)
      return {
        reconciled: { status: "matched", id: heads[0]!.id, label: heads[0]!.labelI18n.en, candidates },
        confidence: 0.6,
      };
  }
  if (best && best.score >= 0.75 && (candidates[1]?.score ?? 0) < best.score) {
    return {
      reconciled: { status: "matched", id: best.id, label: best.label, candidates },
      confidence: best.score,
    };
  }
  // A tie ("Kyrgyzstan Sadyr Japarov": prime minister once, president now): the post held on the meeting date by a
  // dated occupancy wins over one whose dates the database does not know.
  if (best && best.score >= 0.75) {
    const tied = candidates.filter((candidate) => candidate.score === best.score);
    const dated = tied.filter((candidate) =>
      knowledge.occupancies.some(
        (occupancy) =>
          occupancy.personId === personId &&
          occupancy.postId === candidate.id &&
          occupancy.startDate !== null &&
          covers(occupancy, date),
      ),
    );
    if (date && dated.length === 1)
      return {
        reconciled: { status: "matched", id: dated[0]!.id, label: dated[0]!.label, candidates },
        confidence: round(best.score - 0.1),
      };
  }
  // "Vladimir Putin, in his capacity as Chairman of the Council of Heads of State of the CIS": a leader who chairs a
  // body of leaders holds no post of that body; his post is the one he holds at home.
  if (
    personId &&
    title.organization &&
    /^chair(?:man|person|woman)?$/i.test(title.roleNoun ?? "") &&
    (!best || best.score < 0.75)
  ) {
    const home = occupanciesOn(knowledge, personId, date)
      .map((occupancy) => knowledge.posts.find((known) => known.id === occupancy.postId))
      .filter((post) => post !== undefined && /^head_of_(?:state|government)$/.test(post.role));
    if (home.length === 1)
      return {
        reconciled: { status: "matched", id: home[0]!.id, label: home[0]!.labelI18n.en, candidates },
        confidence: 0.7,
      };
  }
  // "Heads of state N.A.Nazarbayev, …": no country or organization in the title, but the person holds one post.
  if (!title.country && !title.organization && personId) {
    const held = occupanciesOn(knowledge, personId, date);
    const post =
      held.length === 1 ? knowledge.posts.find((known) => known.id === held[0]!.postId) : undefined;
    if (post)
      return {
        reconciled: { status: "matched", id: post.id, label: post.labelI18n.en, candidates },
        confidence: 0.7,
      };
  }
  const organization = organizationById(knowledge, title.organization?.id);
  const country = title.country
    ? knowledge.countries.find((known) => known.id === title.country!.id)
    : undefined;
  const noun = title.roleNoun && !/^(leader|head)$/i.test(title.roleNoun) ? title.roleNoun : null;
  const unknownOrganization = !country && !organization && namesUnknownOrganization(title);
  const scope = country ? "country" : organization || unknownOrganization ? "organization" : null;
  // A country the reference data does not hold ("President of Sri Lanka") still names the post.
  const unknownCountry = !country && !organization ? worldCountryIn(title.text) : undefined;
  // The organ a head of government chairs is part of the post: "Chairman of the Cabinet of Ministers of the Kyrgyz
  // Republic", "Premier of the State Council of the People's Republic of China".
  const organ = noun
    ? /\bof\s+the\s+(Cabinet\s+of\s+Ministers|Council\s+of\s+Ministers|State\s+Council|Government)\s+of\b/i.exec(
        title.text,
      )
    : null;
  const organName = (organ?.[1] ?? (noun ? organBeforeCountry(title) : null))?.replace(/\s+/g, " ");
  // … unless the noun already names it ("Chairman of the Government").
  const of =
    organName && !noun!.toLowerCase().endsWith(organName.toLowerCase()) ? ` of the ${organName}` : "";
  // "First Vice-President of Iran", "Minister of State for External Affairs of India": the title's own words of the post.
  const phrase = noun ? (postPhrase(title) ?? `${noun}${of}`) : null;
  const label =
    phrase && unknownCountry
      ? `${phrase} of ${withArticle(unknownCountry.name)}`
      : phrase && country
        ? `${phrase} of ${knownCountryInLabel(country.nameI18n.en)}`
        : noun && organization
          ? `${rankBeforeNoun(title)}${noun} of the ${organization.nameI18n.en}`
          : title.text
              .replace(/^\s*\(|\)\s*$/g, "")
              .replace(/^\s*of\s+(?:the\s+)?/i, "")
              // "the Head of the Transitional Council of X, General Y": the article opening the sentence's phrase, before
              // one word and a body's name, in a post scoped by a country or an organization.
              .replace(
                title.country || title.organization
                  ? /^\s*[Tt]he\s+(?=\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?\p{Lu})/u
                  : /^(?!)/,
                "",
              )
              .replace(/['’]s\s*$/, "")
              .replace(LABEL_DETERMINER, "")
              .replace(STYLE_AFTER_COMMA, "")
              .trim();
  return {
    reconciled: {
      status: "new",
      proposed: {
        label,
        role: roleOfNoun(noun ?? "", scope, organization ? organization.classification !== "igo" : false),
        countryId: country?.id ?? null,
        organizationId: country ? null : (organization?.id ?? null),
      },
      candidates,
    },
    confidence: noun ? 0.6 : 0.3,
  };
}
