// People a wire names by their country's possessive alone, with no title ("Cambodia's Hun Sen said …", "Egypt's
// Abdel Fattah al-Sisi and Iran's Masoud Pezeshkian also spoke"), anywhere in a sentence: the titled reading and the
// mentions list see only titles and names the knowledge holds, so such a person is neither a participant nor a
// mention. They are candidates for the decision on the mentions (`mentionsTakingPart`), never added to the list.
import { countryMentions } from "./mentions";
import { isKnownNameSpelling, spaceInitials, withoutPatronymic } from "./names";
import { NO_WORD_OF_TAKING_PART, possessiveNamedAt, trimEnd, whyNotTakingPart } from "./participants";
import { overlaps, type NamedPersonLeftOut, type PersonMentionsContext } from "./person-mentions";
import type { ReaderKnowledge } from "./knowledge";
import type { ParticipantProposal, PersonMention } from "./proposal";
import { reconcilePerson } from "./reconcile";
import type { Sentence } from "./segment";

// An apposition after the name that calls them a minister, an official or an aide: "Singapore's X, the trade minister,".
const NOT_A_LEADER_AFTER =
  /^\s*,\s*(?:the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|secretary|envoy|ambassador|representative|spokes(?:man|woman|person)|advis[eo]r|aide|official|governor|mayor|director|chief|head|negotiator|sherpa)\b/iu;

/**
 * Every "Country's First Last" of the sentences that is no participant and no one the mentions list holds
 * (`taken`: their spans): the name, the country as its title, and why the reader left them out when it can say.
 * A name of one word only when the knowledge holds it (`possessiveNamedAt`), so that "Kazakhstan's Senate" names no
 * one; never a name the knowledge holds as a spelling of someone already taken.
 */
export function possessiveNamedLeftOut(
  context: PersonMentionsContext,
  taken: readonly { start: number; end: number }[],
): NamedPersonLeftOut[] {
  const { text, knowledge, date, participants } = context;
  const found: NamedPersonLeftOut[] = [];
  const takenIds = new Set(
    participants.flatMap((p) => (p.person.value.status === "matched" ? [p.person.value.id] : [])),
  );
  for (const sentence of context.sentences) {
    const end = trimEnd(text, sentence.end);
    for (const country of countryMentions(text, knowledge, sentence.start, end)) {
      if (!/^['’]s\s/.test(text.slice(country.end, country.end + 3))) continue;
      const item = possessiveNamedAt(text, country.start, end, knowledge);
      if (!item?.name) continue;
      if (NOT_A_LEADER_AFTER.test(text.slice(item.end, end))) continue;
      if (taken.some((span) => overlaps(span, item))) continue;
      if (participants.some((p) => overlaps(p.evidence, item) || overlaps(p.person.evidence, item.name!)))
        continue;
      const person = reconcilePerson(withoutPatronymic(spaceInitials(item.name.text)), knowledge, [], date);
      const matchedId = person.reconciled.status === "matched" ? person.reconciled.id : null;
      if (matchedId && takenIds.has(matchedId)) continue;
      // A one-word name is a family name the knowledge holds; a longer one must read as a person's name.
      if (!matchedId && !/\s/.test(item.name.text) && !isKnownNameSpelling(item.name.text, knowledge))
        continue;
      const mention: PersonMention = {
        nameAsStated: item.name.text,
        titleAsStated: item.text,
        postAsStated: null,
        country: { countryId: item.title!.country!.id, asStated: item.title!.country!.asStated },
        person: {
          value: person.reconciled,
          evidence: { start: item.name.start, end: item.name.end },
          confidence: person.confidence,
        },
        evidence: { start: item.start, end: item.end },
        sentence: { start: sentence.start, end: sentence.end },
        // Words the titled reading would take for taking part ("… also spoke") give no reason here, as it never read
        // them: the decision weighs them as it weighs a mention with no word of taking part.
        reason: whyNotTakingPart(text, sentence as Sentence, item) ?? NO_WORD_OF_TAKING_PART,
      };
      found.push({ mention, item, sentence });
    }
  }
  return found;
}

/**
 * The post of a head of delegation named by his country's possessive alone ("Cambodia's Hun Sen"): the one head of
 * state's or government's post the knowledge holds for the country, else none — never the country's name as a post.
 */
export function possessiveLeaderPost(participant: ParticipantProposal, knowledge: ReaderKnowledge): void {
  const countryId = participant.country?.value.countryId;
  if (!countryId) return;
  const heads = knowledge.posts.filter(
    (post) => post.countryId === countryId && /^head_of_(?:state|government)$/.test(post.role),
  );
  if (heads.length !== 1) {
    participant.post = null;
    return;
  }
  const post = heads[0]!;
  participant.post = {
    value: { status: "matched", id: post.id, label: post.labelI18n.en, candidates: [] },
    evidence: participant.evidence,
    confidence: 0.4,
  };
}
