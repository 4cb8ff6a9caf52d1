/** A stretch of the original text; `text === original.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Paragraph extends Span {
  index: number;
  sentences: Sentence[];
}

// Tokens after which a full stop does not end a sentence.
// Initials and honorifics run together too: "H.E.", "The Rt. Hon.", "N.A.Nazarbayev" ("A." before "Nazarbayev"), and a
// transliterated initial of two letters, after another initial with or without a space ("E.Sh. Rahmon", "A. Sh.
// Atambayev") or on its own ("Prime Minister Sh. Mirziyoyev", "Foreign Minister Kh. Kasuri").
const ABBREVIATIONS =
  /(?:^|[\s(.])(?:Mr|Mrs|Ms|Dr|St|No|Jr|Sr|Gen|Lt|Col|Maj|Brig|Capt|Adm|Engr|Amb|Prof|Rt|Hon|vs|etc|e\.g|i\.e|U\.S|U\.N|[A-Z]|Sh|Zh|Ch|Kh|Ts|Yu|Ya|Ye)\.$|[A-Z]\.\s?(?:Sh|Zh|Ch|Kh|Ts|Yu|Ya|Ye)\.$/;

/** A month's abbreviation with its full stop, which a number after it keeps inside the sentence. */
const SHORT_MONTH = /(?:^|[\s(,])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

export function span(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Paragraphs (blank-line separated) and their sentences, with offsets into the original text. */
export function segment(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const paragraph = span(text, start, end);
    if (paragraph.text === "") return;
    const index = paragraphs.length;
    paragraphs.push({ ...paragraph, index, sentences: sentences(text, paragraph, index) });
  };
  for (const match of text.matchAll(breaks)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

function sentences(text: string, paragraph: Span, index: number): Sentence[] {
  const result: Sentence[] = [];
  const boundary = /[.!?]["»”']?(?=\s+["«“]?[A-Z0-9])|\n/g;
  let from = paragraph.start;
  boundary.lastIndex = 0;
  const body = paragraph.text;
  for (const match of body.matchAll(boundary)) {
    const end = paragraph.start + match.index + match[0].length;
    if (match[0] !== "\n" && ABBREVIATIONS.test(text.slice(Math.max(from, end - 6), end))) continue;
    // "on Monday, Nov. 13, at the centre", "in Sept. 2019": a month's abbreviation before a day or a year.
    if (
      match[0] === "." &&
      SHORT_MONTH.test(text.slice(Math.max(from, end - 6), end)) &&
      /^\s+\d/.test(text.slice(end, end + 3))
    )
      continue;
    const sentence = span(text, from, end);
    if (sentence.text) result.push({ ...sentence, paragraph: index });
    from = end;
  }
  const last = span(text, from, paragraph.end);
  if (last.text) result.push({ ...last, paragraph: index });
  return result;
}

// normalize's answers during one read: the reader normalises the same words and names many times over (about four
// times each). The answer depends on the string alone; readPressRelease empties the memo at the start of each read
// (forgetNormalized) so that every read does its own work, and it is bounded in case it is used outside a read.
const normalized = new Map<string, string>();
const NORMALIZED_LIMIT = 20_000;

/** Empties normalize's memo; readPressRelease calls it at the start of each read. */
export function forgetNormalized(): void {
  normalized.clear();
}

/** Lower-case, diacritics removed, punctuation (but hyphens and apostrophes) turned into spaces. */
export function normalize(value: string): string {
  let result = normalized.get(value);
  if (result === undefined) {
    if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
    result = normalizeOnce(value);
    normalized.set(value, result);
  }
  return result;
}

function normalizeOnce(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/[’`´]/g, "'")
    .replace(/[^a-z0-9'\- ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern that finds `phrase` as whole words, ignoring case (unless `caseSensitive`) and treating any run of
 * spaces, hyphens and dashes between words alike ("Secretary General" = "Secretary-General").
 */
export function phrasePattern(phrase: string, caseSensitive = false): RegExp {
  const key = `${caseSensitive ? "1" : "0"}${phrase}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = compilePhrase(phrase, caseSensitive);
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

// Compiled once per phrase: the reader matches the same names and labels in every sentence.
const compiled = new Map<string, RegExp>();

function compilePhrase(phrase: string, caseSensitive: boolean): RegExp {
  const words = phrase
    .trim()
    .split(/[\s\-‐‑‒–—]+/)
    .map(escapeRegExp);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.join("[\\s\\-‐‑‒–—]+")}(?![\\p{L}\\p{N}])`,
    caseSensitive ? "gu" : "giu",
  );
}

/**
 * A word every match of `phrasePattern(phrase)` (ignoring case) holds, lower-case: its longest word, or null when that
 * word is not plain ASCII (then no quick check is safe). A text whose `foldedForNeedle` form lacks it cannot match,
 * so the pattern need not run.
 */
export function phraseNeedle(phrase: string): string | null {
  const words = phrase.trim().split(/[\s\-‐‑‒–—]+/);
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), "");
  return /^[\x20-\x7e]*$/.test(longest) ? longest.toLowerCase() : null;
}

/**
 * The text as phraseNeedle's check reads it: lower-case, and "ſ" (long s) as "s" — the one letter besides "K" (Kelvin
 * sign, which toLowerCase already makes "k") that a case-insensitive Unicode pattern takes for an ASCII letter.
 */
export function foldedForNeedle(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, "s");
}
