// Leaders listed by country with each leader in brackets after it: "the leaders of Cambodia (Samdech Techo X, Prime
// Minister), the Lao PDR (Mr. Y, Prime Minister) and Viet Nam (Z, Prime Minister) took part", "the leaders of
// Argentina (X), Brazil (Y) and Chile (Z) joined …", "The summit was attended by the heads of state of A (X) and B
// (Y)". The country before each bracket is that leader's; what the bracket holds is read as any list item is (styles
// before the name, a post after a comma). Only a list that names its people as leaders of the countries, two or more
// of them, all countries, and that a verb of taking part follows (or "attended by", "taking part were" precedes) is
// read: "the leaders of A (X) and B (Y) will meet next month" or "… were not invited" is not.
import type { ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import type { Sentence } from "./segment";
import { worldCountryMentions } from "./world-countries";

// The people named as their countries' leaders, right before the first country: "the leaders of", "the heads of state
// and government of", "the presidents of". Not "the former leaders of".
const LEADERS_OF =
  /(?<!\b(?:former|late|previous|past)\s+)\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents|prime\s+ministers|heads\s+of\s+(?:their\s+)?delegations?)\s+of\s+/giu;
// What the bracket holds: a name, with a style before it or a post after a comma, no bracket of its own.
const BRACKET = /^\s*\(([^()]{2,120})\)/;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/;
// A verb of taking part right after the list ("took part", "attended", "joined the host", "signed the declaration").
const TOOK_PART_AFTER =
  /^\s*,?\s*(?:(?:also|all|then|each)\s+)?(?:took\s+part|participated|attended|(?:were|was)\s+(?:also\s+)?(?:present|there|in\s+attendance)|joined|gathered|met\s+(?:at|in|for)|signed|adopted|endorsed|spoke|addressed|took\s+the\s+floor)\b/i;
// … or one before it: "was attended by", "Taking part were", "joined by", "brought together", "with the participation of".
const TOOK_PART_BEFORE =
  /\b(?:attended\s+by|(?:taking\s+part|attending|present|participating)\s+(?:were|was)|joined\s+by|brought\s+together|gathered|welcomed|participation\s+of)\s+(?:the\s+)?$/i;
// Words that put the list at another meeting: "at the previous summit, the leaders of …", "the next summit …".
const ANOTHER_MEETING = /\b(?:previous|last|earlier|past|next)\s+(?:summit|meeting|session)\b/i;

export interface LeaderInBrackets {
  /** The country before the bracket, when the knowledge holds it. */
  countryId: string | null;
  /** What the bracket holds. */
  from: number;
  to: number;
}

/** The leaders a sentence lists by country with each one in brackets after it, in order; none if it lists none. */
export function leadersInBrackets(
  text: string,
  sentence: Sentence,
  knowledge: ReaderKnowledge,
): LeaderInBrackets[] {
  if (!sentence.text.includes("(")) return [];
  for (const lead of sentence.text.matchAll(LEADERS_OF)) {
    const entries: LeaderInBrackets[] = [];
    let at = sentence.start + lead.index + lead[0].length;
    for (;;) {
      at += /^the\s+/i.exec(text.slice(at, sentence.end))?.[0].length ?? 0;
      // The longest country name that starts here, held or not by the knowledge.
      const known = countryMentions(text, knowledge, at, sentence.end).filter(
        (mention) => mention.start === at,
      );
      const world = worldCountryMentions(text, at, sentence.end).filter((mention) => mention.start === at);
      const end = Math.max(0, ...known.map((mention) => mention.end), ...world.map((mention) => mention.end));
      if (end === 0) break;
      const bracket = BRACKET.exec(text.slice(end, sentence.end));
      if (!bracket) break;
      const from = end + bracket[0].indexOf("(") + 1;
      entries.push({
        countryId: known.find((mention) => mention.end === end)?.id ?? null,
        from,
        to: from + bracket[1]!.length,
      });
      at = end + bracket[0].length;
      const separator = SEPARATOR.exec(text.slice(at, sentence.end));
      if (!separator) break;
      at += separator[0].length;
    }
    if (entries.length < 2) continue;
    const before = text.slice(sentence.start, sentence.start + lead.index);
    const after = text.slice(entries.at(-1)!.to + 1, sentence.end);
    if (ANOTHER_MEETING.test(before) || ANOTHER_MEETING.test(after)) continue;
    if (TOOK_PART_AFTER.test(after) || TOOK_PART_BEFORE.test(before)) return entries;
  }
  return [];
}
