// Where a title stated in title case ends (issue 12): a title whose words after its type word are capitalised goes on
// only through capitalised words, numbers, quoted or bracketed words and the small words titles join them with ("of",
// "on", "the", "and", "for", "towards" …). The first word in lower case that is none of those is the writer's, and so
// is the run of small words and the comma just before it: "the Declaration on ASEAN 2045: Our Shared Future, a
// blueprint for …" ends before ", a blueprint"; "the Declaration on the Tenth Anniversary of the Community, and under
// it they adopted …" ends before ", and under"; "the Community Vision 2045 with its plans" ends before "with". A title
// stated in sentence case ("the declaration on caring for the elderly") is left to the other rules.

/** The small words a title in title case joins its capitalised words with. */
const JOINING = new Set([
  "of",
  "on",
  "the",
  "and",
  "for",
  "in",
  "to",
  "with",
  "a",
  "an",
  "at",
  "by",
  "towards",
  "toward",
  "against",
  "between",
  "among",
  "amongst",
  "from",
  "into",
  "within",
  "through",
  "under",
  "upon",
  "over",
  "or",
  "&",
  "during",
  "concerning",
  "regarding",
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "di",
  "du",
  "des",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ibn",
  "von",
  "van",
]);

interface Token {
  /** The word without the punctuation around it. */
  word: string;
  start: number;
  /** Whether punctuation that ends a phrase (a comma, a semicolon) follows the word. */
  commaAfter: boolean;
  /** Whether the word lies within quotes or brackets, where a title may use any case. */
  enclosed: boolean;
}

function tokens(text: string): Token[] {
  const result: Token[] = [];
  let depth = 0;
  let straightQuote = false;
  for (const match of text.matchAll(/\S+/gu)) {
    const raw = match[0];
    const opens = (raw.match(/[“«([]/gu) ?? []).length;
    const closes = (raw.match(/[”»)\]]/gu) ?? []).length;
    const straight = (raw.match(/"/g) ?? []).length;
    const enclosedBefore = depth > 0 || straightQuote;
    depth += opens;
    if (straight % 2 === 1) straightQuote = !straightQuote;
    const enclosed = enclosedBefore || depth > 0 || straightQuote || opens > 0 || straight > 0;
    depth = Math.max(0, depth - closes);
    result.push({
      word: raw.replace(/^[“"«([‘'’]+|[”"»)\]’'.,;:!?]+$/gu, ""),
      start: match.index,
      commaAfter: /[,;]["”»)\]’']*$/u.test(raw),
      enclosed,
    });
  }
  return result;
}

/** A word a title in title case holds: capitalised somewhere ("ASEAN", "Post-2015"), a number, or a joining word. */
const titleWord = (token: Token) =>
  token.enclosed ||
  token.word === "" ||
  /\p{Lu}/u.test(token.word) ||
  /^[\d(–—-]/u.test(token.word) ||
  JOINING.has(token.word);

/** Words that open the writer's own phrase after a comma: an apposition ("a blueprint …") or a clause ("and under …"). */
const AFTER_COMMA = new Set([
  "a",
  "an",
  "the",
  "and",
  "while",
  "whereas",
  "but",
  "as",
  "which",
  "who",
  "where",
  "when",
  "its",
  "their",
  "his",
  "her",
]);

const ALIAS_IN_BRACKETS = /^\((?:the|hereinafter|known|also|or)\s/u;

/**
 * Words that open a phrase of the writer's after a title in title case, when only words in lower case follow: where,
 * when, how, what for ("at the plenary", "after a debate", "to guide …", "as their main outcome", "this year", "by
 * which …", "without a vote", "with its plans", "and" with a verb: "and tasked the ministers …"); never "of", "on", "for" or "until", which go on a title's subject
 * ("… Budget for 2008", "… leaders on countering …").
 */
const WRITER_STARTS = new Set([
  "and",
  "at",
  "to",
  "as",
  "after",
  "before",
  "without",
  "by",
  "this",
  "that",
  "which",
  "whose",
  "during",
  "amid",
  "with",
  "following",
  "while",
  "when",
  "where",
  "-",
  "–",
  "—",
]);

/**
 * The length of `rest`, the words after a capitalised head ("Declaration", "the Kazan Declaration"), that belong to the
 * title. In a title in title case (its first word after the head that is not a joining one capitalised, a number or
 * quoted), a comma followed by an article or a conjunction and then a word in lower case before any capitalised one
 * ends the title; so does a joining word left last. Words in lower case inside a title are its own ("Statement of the
 * leaders on …"), as the records spell them.
 */
export function titleCaseRunLength(rest: string): number {
  const words = tokens(rest);
  const first = words.find((token) => !JOINING.has(token.word));
  if (!first || !titleWord(first)) return rest.length;
  // "… on Food Security (the Lakeside Declaration)", "(hereinafter …)": a name in brackets that the writer gives it.
  const alias = words.findIndex(
    (token, index) => index > 0 && ALIAS_IN_BRACKETS.test(rest.slice(token.start)),
  );
  let end = alias > 0 ? alias : words.length;
  for (let index = 0; index < words.length - 1; index++) {
    if (!words[index]!.commaAfter || words[index]!.enclosed || !AFTER_COMMA.has(words[index + 1]!.word))
      continue;
    const following = words.slice(index + 1);
    const capital = following.findIndex((token) => /\p{Lu}/u.test(token.word));
    const lower = following.findIndex((token) => !titleWord(token));
    if (lower >= 0 && (capital < 0 || lower < capital)) {
      end = index + 1;
      break;
    }
  }
  // "… on Food Security at the plenary session", "… to guide cooperation", "… as their main outcome": after the last
  // capitalised word, words in lower case only, opened by a word that starts the writer's phrase, are no title's.
  // A number right after a capitalised word, or right after the head, is the title's too ("… Action Plan 2026–2030 and
  // tasked …").
  const anchors: boolean[] = [];
  words.forEach((token, index) =>
    anchors.push(
      /\p{Lu}/u.test(token.word) || ((index === 0 || anchors[index - 1]!) && /^\d/u.test(token.word)),
    ),
  );
  const lastCapital = anchors.slice(0, end).lastIndexOf(true);
  if (lastCapital >= 0 && lastCapital < end - 1) {
    const tail = words.slice(lastCapital + 1, end);
    if (
      !words[lastCapital]!.commaAfter &&
      !tail[0]!.enclosed &&
      WRITER_STARTS.has(tail[0]!.word) &&
      // "and tasked the ministers …" opens a clause; "and its annexes" goes on the title.
      (tail[0]!.word !== "and" ||
        /^(?:[a-z]+ed|took|gave|made|set|held|met|began|sent|saw|spoke)$/.test(tail[1]?.word ?? "")) &&
      tail.some((token) => !titleWord(token))
    )
      end = lastCapital + 1;
  }
  // "… Vision 2045 with": a joining word is never a title's last.
  while (end > 0 && JOINING.has(words[end - 1]!.word) && !words[end - 1]!.enclosed) end--;
  if (end === words.length) return rest.length;
  if (end === 0) return 0;
  const last = words[end - 1]!;
  return last.start + /^\S*?[\p{L}\d)\]”"»’'.]+(?=[,;]|$)|^\S+/u.exec(rest.slice(last.start))![0].length;
}
