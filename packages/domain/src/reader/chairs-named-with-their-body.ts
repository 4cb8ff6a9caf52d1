// A country named in apposition as the chair of the meeting's own body, the body named beside the chairmanship:
// "Egypt, which holds the D-8 chairmanship, hosted …", "Egypt, the current chair of the D-8, …", "Egypt, holder of the
// rotating D-8 presidency, …". `chairingCountry` reads these words when they name no body ("which holds the rotating
// chairmanship"); with a body named, the body must be the meeting's own (its organization or one of its organs), since
// "Kazakhstan, which holds the OSCE chairmanship," chairs another body.
import { rootOrganization, type ReaderKnowledge } from "./knowledge";
import { organizationMentions } from "./mentions";

const CHAIRMANSHIP = String.raw`(?:chairmanship|presidency|chairship|chairpersonship)`;
// A body's name or abbreviation: capitalised words, digits and signs inside them ("D-8", "C5+1"), "of the" between.
const BODY = String.raw`(\p{Lu}[\p{L}\d+'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\d+'’-]*){0,6})`;
const BODY_CHAIR_AFTER_COUNTRY = new RegExp(
  String.raw`^,\s+(?:(?:which|that)\s+(?:currently\s+|now\s+)?holds\s+the\s+(?:rotating\s+)?${BODY}\s+${CHAIRMANSHIP}|(?:the\s+)?(?:current\s+)?holder\s+of\s+the\s+(?:rotating\s+)?${BODY}\s+${CHAIRMANSHIP}|(?:the\s+)?current\s+(?:chair|president|holder\s+of\s+the\s+(?:rotating\s+)?${CHAIRMANSHIP})\s+of\s+(?:the\s+)?${BODY})(?![\p{L}\d])`,
  "u",
);

/**
 * Whether the words right after a country (`text` from `from`, up to `to`) name it in apposition as the current chair
 * of the meeting's own organization, `organizationId`.
 */
export function chairOfTheMeetingsBodyAfter(
  text: string,
  knowledge: ReaderKnowledge,
  organizationId: string,
  from: number,
  to: number,
): boolean {
  const match = BODY_CHAIR_AFTER_COUNTRY.exec(text.slice(from, to));
  const body = match?.slice(1).find((group) => group !== undefined);
  if (!match || !body) return false;
  const start = from + match[0].lastIndexOf(body);
  const root = rootOrganization(knowledge, organizationId)?.id ?? organizationId;
  const named = organizationMentions(text, knowledge, start, start + body.length);
  return (
    named.length > 0 &&
    named.every((mention) => (rootOrganization(knowledge, mention.id)?.id ?? mention.id) === root)
  );
}
