import type { ReaderKnowledge } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import { isTitleToken, parseTitle, parseTitledName, type TitledName } from "./titles";
import { FORM_OF_ADDRESS, NAME_PARTICLES, portfoliosInTitles, STYLE_WORD } from "./vocabulary";
import { worldCountryMentions } from "./world-countries";

interface Token {
  start: number;
  end: number;
  word: string;
  /** "t": a title word or part of a country or organization name; "n": a capitalised name word; "x": anything else. */
  kind: "t" | "n" | "x";
  /** Punctuation after the word (a comma, a full stop of an abbreviation kept apart) ends a run. */
  stop: boolean;
}

// A lower-case particle joined by a hyphen to a capitalised name: "al-Khuzaie", "el-Sisi", "ad-Din". It is a word of
// the name, as a capitalised one is, and never a trailing particle to drop.
const JOINED_PARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

/** A leader's post in lower case, as the press writes it after the country: "president", "prime minister", "head of state". */
const LEADER_IN_LOWER_CASE = /^(?:leader|minister|president|chancellor|premier|state|government)[,.;]?$/;

function tokensOf(text: string, from: number, to: number, knowledge: ReaderKnowledge): Token[] {
  const protectedSpans = [
    ...countryMentions(text, knowledge, from, to),
    ...organizationMentions(text, knowledge, from, to),
    ...worldCountryMentions(text, from, to),
    // "Vice Prime Minister for European and Euro-Atlantic Integration of Ukraine X": the portfolio is no name.
    ...portfoliosInTitles(text, from, to),
  ];
  let afterCountry = false;
  // "Mauritanian head of state X": the words of the post after "head" ("of", then "state" or "government").
  let headOf = 0;
  return [...text.slice(from, to).matchAll(/\S+/g)].map((match) => {
    const start = from + match.index;
    const bare = match[0].replace(/[,;:)"”]+$/, "");
    // A full stop after a name ends the sentence; after an abbreviation ("H.E.", "Gen.") it is part of the word.
    const end =
      start + (/^\p{Lu}\p{Ll}{2,}\.$/u.test(bare) && !isTitleToken(bare) ? bare.length - 1 : bare.length);
    const inMention = protectedSpans.some((mention) => mention.start < end && start < mention.end);
    const word = bare.replace(/^[("“]+/, "");
    const capitalised = /^\p{Lu}/u.test(word);
    // "Turkmen leader Berdimuhamedov", "Kazakhstan's leader X": a leader in lower case right after the country's name;
    // so a head of state's or government's post in lower case, as the press writes it: "the Dutch prime minister,
    // X,", "Croatian president X", "the German chancellor, X," (the words of the post follow one another).
    const lower = bare.replace(/,$/, "");
    const headOfState =
      (headOf === 1 && lower === "of") || (headOf === 2 && /^(?:state|government)$/.test(lower));
    const countrysLeader =
      headOfState ||
      (afterCountry && /^(?:leader|prime|minister|president|chancellor|premier|head)$/.test(lower));
    headOf = afterCountry && lower === "head" ? 1 : headOf === 1 && lower === "of" ? 2 : 0;
    afterCountry = (inMention || (countrysLeader && /^prime$/.test(bare))) && !/[,;:]$/.test(match[0]);
    const kind: Token["kind"] =
      inMention ||
      (isTitleToken(word) && (capitalised || /^(?:of|the|and|for|on)$/.test(word))) ||
      countrysLeader
        ? "t"
        : capitalised || (NAME_PARTICLES.has(word) && /^\p{Ll}/u.test(word)) || JOINED_PARTICLE.test(word)
          ? "n"
          : "x";
    return { start, end, word, kind, stop: bare.length < match[0].length || /^[("“]/.test(match[0]) };
  });
}

/**
 * Every person the stretch names with a title, wherever they stand: "Russian President Vladimir Putin",
 * "President of Azerbaijan Ilham Aliyev", "Li Qiang, Premier of the State Council of China", "Jair Bolsonaro (Brazil)".
 * Only people whose title has a role noun (President, Prime Minister, Secretary-General …) are kept: a bare
 * "Mr Putin" or a country alone is left to the lists that say who took part.
 */
export function titledPeople(
  text: string,
  from: number,
  to: number,
  knowledge: ReaderKnowledge,
  /** Also people whose title has no role noun but an honorific or a style ("Mr X", "H.E. X of Y", "Sheikh X"). */
  anyTitle = false,
): TitledName[] {
  const kept = (item: TitledName) =>
    item.name !== null &&
    item.title !== null &&
    (item.title.roleNoun !== null ||
      // The honorific before the name ("Mr X", "H.E. X of Y"), never one after it.
      (anyTitle && ANY_HONORIFIC.test(text.slice(item.title.start, item.name.start))));
  const tokens = tokensOf(text, from, to, knowledge);
  const people: TitledName[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Title first: a capitalised title word or a country, more title words, then the name.
    if (tokens[i]!.kind === "t" && /^[\p{Lu}(]/u.test(tokens[i]!.word)) {
      let j = i;
      while (j < tokens.length && tokens[j]!.kind === "t" && !(j > i && tokens[j - 1]!.stop)) j++;
      const bodyThenName = titleOfBodyThenName(text, tokens, i, j, knowledge);
      if (bodyThenName) {
        people.push(bodyThenName.person);
        i = bodyThenName.next;
        continue;
      }
      // "The Secretary General of the Council, H.E. A B, said": honorifics after the comma open the name's part.
      let h = j;
      if (j > i && tokens[j - 1]!.stop)
        while (h < tokens.length && HONORIFIC.test(tokens[h]!.word.replace(/,$/, "")) && !tokens[h]!.stop)
          h++;
      let k = h;
      while (k < tokens.length && tokens[k]!.kind === "n" && !(k > h && tokens[k - 1]!.stop)) k++;
      // A trailing particle is no part of the name; one joined to a name by a hyphen is ("Khudair al-Khuzaie").
      while (k > h && /^\p{Ll}/u.test(tokens[k - 1]!.word) && !JOINED_PARTICLE.test(tokens[k - 1]!.word)) k--;
      if (k === h) k = j;
      // "Kazakh President, Kassym-Jomart Tokayev, said": a title set off by a comma before a name of two words or more
      // that a comma, a full stop or the stretch's end closes.
      // Not a title right after a name and its comma ("A, President of X, B, Prime Minister of Y"): that title is the
      // post of the name before it, set off in apposition, and the name after it has its own.
      const afterName =
        i > 0 &&
        tokens[i - 1]!.kind === "n" &&
        /^\s*,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
      const commaTitle =
        !afterName &&
        k - h >= 2 &&
        tokens[j - 1]!.stop &&
        /,$/.test(text.slice(tokens[j - 1]!.start, tokens[j - 1]!.end + 1)) &&
        (k === tokens.length || tokens[k - 1]!.stop);
      if (k > j && (!tokens[j - 1]!.stop || commaTitle)) {
        let end = tokens[k - 1]!.end;
        // "Jair Bolsonaro (Brazil)": the country in brackets right after the name belongs to it.
        const bracket = /^\s*\([^()]{1,60}\)/.exec(text.slice(end, to));
        if (bracket) end += bracket[0].length;
        // "President Sooronbay Jeenbekov of Kyrgyzstan": a country right after the name completes the title.
        else if (!tokens[k - 1]!.stop) {
          const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, to));
          const country = of
            ? [...countryMentions(text, knowledge, end, to), ...worldCountryMentions(text, end, to)].find(
                (mention) => mention.start === end + of[0].length,
              )
            : undefined;
          if (country) end = country.end;
        }
        const item = parseTitledName(text, tokens[i]!.start, end, knowledge);
        if (kept(item)) people.push(item);
        // "Samdech Techo Hun Sen, Prime Minister of …": a style alone before the name, and the post after it, set off by
        // a comma: the name is read again from its own start, with the title after it.
        else if (
          item.name &&
          STYLE_ALONE.test(text.slice(tokens[i]!.start, item.name.start)) &&
          /^\s*,/.test(text.slice(end, to))
        ) {
          i = h;
          continue;
        }
        i = k;
        // "President X of Belarus and President Y": the country that completed X's title starts no title of Y's.
        if (kept(item)) while (i < tokens.length && tokens[i]!.start < end) i++;
        continue;
      }
      i = j > i ? j : i + 1;
      continue;
    }
    // Name first: "Li Qiang, Premier of the State Council of China".
    if (tokens[i]!.kind === "n" && /^\p{Lu}/u.test(tokens[i]!.word)) {
      let k = i;
      while (k < tokens.length && tokens[k]!.kind === "n" && !(k > i && tokens[k - 1]!.stop)) k++;
      if (
        k - i >= 2 &&
        tokens[k - 1]!.stop &&
        /,$/.test(text.slice(tokens[k - 1]!.start, tokens[k - 1]!.end + 1)) &&
        // "… for the Middle Corridor, and the Uzbek leader spoke": a clause joined by "and" is no apposition.
        !/^(?:and|or|but|while)$/i.test(tokens[k]?.word ?? "")
      ) {
        let j = k;
        let lastMention = -1;
        while (j < tokens.length && tokens[j]!.kind === "t") {
          // "X, the Sudanese president,": a leader's post in lower case ends the title too.
          if (/^\p{Lu}/u.test(tokens[j]!.word) || LEADER_IN_LOWER_CASE.test(tokens[j]!.word)) lastMention = j;
          if (tokens[j]!.stop) break;
          j++;
        }
        if (lastMention >= k) {
          const item = parseTitledName(text, tokens[i]!.start, tokens[lastMention]!.end, knowledge);
          if (kept(item)) {
            people.push(item);
            i = lastMention + 1;
            continue;
          }
        }
      }
      i = Math.max(k, i + 1);
      continue;
    }
    i++;
  }
  return withPostInApposition(text, people, knowledge);
}

// A style alone, with nothing to scope it: "Sheikh", "Crown Prince", "Prince", "Sultan".
const STYLE_TITLE = /^(?:(?:H\.?\s?H\.?|His|Her|Highness|Sheikh|Crown|Prince|Sultan|Emir|Amir)\s*)+$/i;

/**
 * "Sheikh X, Crown Prince of Abu Dhabi, headed …": a name after a style alone, then a title set off by a comma that
 * ends in "of" before one or two capitalised words — his post, and those words a place, no second person.
 */
function withPostInApposition(text: string, people: TitledName[], knowledge: ReaderKnowledge): TitledName[] {
  for (let i = 0; i + 1 < people.length; i++) {
    const [styled, post] = [people[i]!, people[i + 1]!];
    if (
      !styled.title ||
      styled.title.country ||
      styled.title.organization ||
      !STYLE_TITLE.test(styled.title.text.trim()) ||
      !post.name ||
      !post.title?.roleNoun ||
      post.name.text.split(/\s+/).length > 2 ||
      !/\bof\s*$/.test(text.slice(post.title.start, post.name.start)) ||
      !/^\s*,\s*$/.test(text.slice(styled.end, post.start))
    )
      continue;
    people.splice(i, 2, {
      ...styled,
      end: post.end,
      text: text.slice(styled.start, post.end),
      title: parseTitle(text, post.start, post.end, knowledge),
    });
  }
  return people;
}

// An honorific or a style anywhere in a title: "Mr", "H.E.", "Sheikh", "Dr".
// Styles alone before a name, no office among them: "Samdech Techo", "His Excellency".
const STYLE_ALONE = new RegExp(String.raw`^(?:${STYLE_WORD}\s+)*${STYLE_WORD}\s*$`);
const ANY_HONORIFIC = new RegExp(
  String.raw`(?:^|\s)(?:${FORM_OF_ADDRESS}|H\.\s?E|H\.\s?H|Sheikh|Sultan|Emir|Amir|Ambassador)\b`,
);

const HONORIFIC = new RegExp(
  String.raw`^(?:Ambassador|H\.\s?[EH]\.?|${FORM_OF_ADDRESS}|Hon\.?|Honou?rable|Rt\.?)$`,
);

/**
 * "Secretary General of the Eurasian Development Bank, Tair Mansurov": after a title (tokens i..j) that ends in "of
 * the", the capitalised words up to a comma name the body the title is of, and a name of two words or more follows
 * the comma. The person and the token after them, or null.
 */
function titleOfBodyThenName(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  knowledge: ReaderKnowledge,
): { person: TitledName; next: number } | null {
  if (j === i || j >= tokens.length || !/^(?:of|the|for)$/.test(tokens[j - 1]!.word) || tokens[j - 1]!.stop)
    return null;
  let m = j;
  while (m < tokens.length && m - j < 8 && tokens[m]!.kind !== "x" && !tokens[m]!.stop) m++;
  if (m >= tokens.length || m - j >= 8 || tokens[m]!.kind === "x" || text[tokens[m]!.end] !== ",")
    return null;
  // "…, Ambassador Kubanychbek Omuraliev", "…, Dr. X": a rank or an honorific before the name is no part of it.
  let first = m + 1;
  while (first < tokens.length && !tokens[first]!.stop && HONORIFIC.test(tokens[first]!.word)) first++;
  let n = first;
  while (n < tokens.length && tokens[n]!.kind === "n" && !(n > first && tokens[n - 1]!.stop)) n++;
  if (n - first < 2 || (n < tokens.length && !tokens[n - 1]!.stop)) return null;
  const title = parseTitle(text, tokens[i]!.start, tokens[m]!.end, knowledge);
  if (!title.roleNoun) return null;
  const nameStart = tokens[first]!.start;
  const nameEnd = tokens[n - 1]!.end;
  return {
    person: {
      start: tokens[i]!.start,
      end: nameEnd,
      text: text.slice(tokens[i]!.start, nameEnd),
      title,
      name: { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd) },
    },
    next: n,
  };
}
