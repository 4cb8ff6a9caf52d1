// A joint summit of two organizations ("the first ASEAN–GCC Summit"): the leaders of both groupings meet, so no
// organ of either is the body that met, and a leader is a member state's when their country belongs to either party.
import type { ReaderKnowledge } from "./knowledge";
import { countryMentions, organizationMentions } from "./mentions";
import type { Sentence } from "./segment";

export interface JointSummit {
  /** The parties the knowledge holds, in the order named ("ASEAN"). */
  knownPartyIds: string[];
  /** Parties named by an abbreviation the knowledge does not hold ("GCC"). */
  otherParties: string[];
}

/** "ASEAN–GCC Summit", "SCO-BRICS summit": two or more names joined by dashes before "summit". */
const JOINED_NAMES = /\b(\p{Lu}[\p{L}]{1,11}(?:\s*[–—-]\s*\p{Lu}[\p{L}]{1,11})+)\s+[Ss]ummits?\b/gu;

/**
 * The joint summit the headline or one of the first sentences names: every name joined before "Summit" is an
 * organization, the knowledge's or an abbreviation that is no country ("ASEAN–GCC"), and at least one is the
 * knowledge's. "China–Central Asia", "ASEAN–Japan" and "ASEAN–GCC–China" name a country, so they are no such summit.
 */
export function readJointSummit(
  text: string,
  sentences: readonly Sentence[],
  knowledge: ReaderKnowledge,
  headline: { start: number; end: number } | null,
): JointSummit | null {
  const spans = [...(headline ? [headline] : []), ...sentences.slice(0, 4)];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const joined of slice.matchAll(JOINED_NAMES)) {
      const at = span.start + joined.index;
      const parties = partiesOf(text, knowledge, at, joined[1]!);
      if (parties) return parties;
    }
  }
  return null;
}

/** The parties of "ASEAN–GCC" at `at`, or null when one of the names is a country or no organization. */
function partiesOf(text: string, knowledge: ReaderKnowledge, at: number, joined: string): JointSummit | null {
  const summit: JointSummit = { knownPartyIds: [], otherParties: [] };
  let offset = 0;
  for (const name of joined.split(/\s*[–—-]\s*/)) {
    const start = at + joined.indexOf(name, offset);
    offset = start - at + name.length;
    const end = start + name.length;
    if (countryMentions(text, knowledge, start, end).length) return null;
    const organization = organizationMentions(text, knowledge, start, end)[0];
    if (organization) summit.knownPartyIds.push(organization.id);
    else if (/^\p{Lu}{2,6}$/u.test(name)) summit.otherParties.push(name);
    else return null;
  }
  return summit.knownPartyIds.length > 0 ? summit : null;
}
