import type { PartialDate } from "../common/partial-date";
import type { ReaderKnowledge } from "./knowledge";
import { organizationMentions, type Mention } from "./mentions";
import { casedName, foldTransliteration, personCandidates, round, splitName } from "./names";
import type { Candidate, NewPerson, Reconciled } from "./proposal";
import { normalize } from "./segment";
import { covers } from "./titles";

/**
 * A stated name against the people the database knows: exact, other names, transliteration variants and
 * similar spellings; holding the post the text names on the meeting date makes a candidate more likely.
 * Below the thresholds the reader proposes a new person and still lists the candidates for the editor.
 */
export function reconcilePerson(
  name: string,
  knowledge: ReaderKnowledge,
  postIds: readonly string[],
  date: PartialDate | null,
): { reconciled: Reconciled<NewPerson>; confidence: number } {
  const holders = new Set(
    knowledge.occupancies
      .filter((occupancy) => postIds.includes(occupancy.postId) && covers(occupancy, date))
      .map((occupancy) => occupancy.personId),
  );
  const candidates: Candidate[] = personCandidates(name, knowledge)
    .map((candidate) =>
      holders.has(candidate.id)
        ? {
            ...candidate,
            score: round(Math.min(1, candidate.score + 0.1)),
            reason: `${candidate.reason}, holds the post`,
          }
        : candidate,
    )
    .sort((a, b) => b.score - a.score);
  // "N.A.Nazarbayev", "A. G. Lukashenko", "E.Sh.Rahmon": initials (one letter, or two for a transliterated one) and a
  // family name.
  // "K.-J. Tokayev": initials of a hyphenated given name too.
  const initials = /^((?:\p{Lu}\p{Ll}?\.[-\s]?)+)\s*(\p{Lu}[\p{L}'-]+)$/u.exec(name.trim());
  if (initials && !candidates.some((candidate) => candidate.score >= 0.85)) {
    const first = initials[1]![0]!;
    const family = normalize(initials[2]!);
    for (const person of knowledge.people) {
      const familyName = normalize(person.familyName ?? person.nameI18n.en.split(/\s+/).at(-1)!);
      const given = person.givenName ?? person.nameI18n.en;
      if (familyName !== family || !given.startsWith(first)) continue;
      // "Sh. Mirziyoyev" is only a similar name to "Shavkat Mirziyoyev" by its letters: the initials say more.
      const byInitials = {
        id: person.id,
        label: person.nameI18n.en,
        score: holders.has(person.id) || holders.size === 0 ? 0.9 : 0.85,
        reason: "initials and family name",
      };
      const known = candidates.findIndex((candidate) => candidate.id === person.id);
      if (known < 0) candidates.push(byInitials);
      else if (candidates[known]!.score < byInitials.score) candidates[known] = byInitials;
    }
    candidates.sort((a, b) => b.score - a.score);
  }
  // "Emomali Rakhmonov" for Emomali Rahmon: the same given name and the family name with the Russian suffix a leader
  // later dropped (-ov, -ev, -ova, -eva), or without the one the reference data gives.
  const words = name.trim().split(/\s+/);
  if (words.length >= 2 && !candidates.some((candidate) => candidate.score >= 0.85)) {
    const stem = (value: string) => foldTransliteration(value).replace(/(?:ov|ev|ova|eva)$/, "");
    const given = foldTransliteration(words[0]!);
    const family = stem(words.at(-1)!);
    for (const person of knowledge.people) {
      const knownGiven = person.givenName ?? person.nameI18n.en.split(/\s+/)[0]!;
      const knownFamily = person.familyName ?? person.nameI18n.en.split(/\s+/).at(-1)!;
      // A cheap test first: the family names start alike.
      if (knownFamily[0]?.toLowerCase() !== words.at(-1)![0]?.toLowerCase()) continue;
      if (
        family.length >= 4 &&
        foldTransliteration(knownGiven) === given &&
        stem(knownFamily) === family &&
        foldTransliteration(knownFamily) !== foldTransliteration(words.at(-1)!) &&
        !candidates.some((candidate) => candidate.id === person.id && candidate.score >= 0.86)
      ) {
        const others = candidates.filter((candidate) => candidate.id !== person.id);
        candidates.splice(0, candidates.length, ...others, {
          id: person.id,
          label: person.nameI18n.en,
          score: 0.86,
          reason: "given name and family name but for a Russian suffix",
        });
      }
    }
    candidates.sort((a, b) => b.score - a.score);
  }
  // "President Tokayev", "Kazakh leader Tokayev": a family name alone is the one known person of that family name
  // who holds, on the meeting date, the post the title names, or any post when the title names none.
  const family = /^\p{Lu}[\p{L}'’-]+$/u.test(name.trim()) ? normalize(name.trim()) : null;
  if (family && !candidates.some((candidate) => candidate.score >= 0.85)) {
    const holdsNow = (personId: string) =>
      knowledge.occupancies.some(
        (occupancy) =>
          occupancy.personId === personId &&
          covers(occupancy, date) &&
          (postIds.length === 0 || postIds.includes(occupancy.postId)),
      );
    const sameFamily = knowledge.people.filter(
      (person) => normalize(person.familyName ?? person.nameI18n.en.split(/\s+/).at(-1)!) === family,
    );
    // "Emir Tamim", "Prime Minister Anwar": with a title, the first given name of the one person holding the post it
    // names, as leaders called by their given name are.
    const sameGiven =
      sameFamily.length === 0 && postIds.length > 0
        ? knowledge.people.filter(
            (person) => person.givenName && normalize(person.givenName.split(/\s+/)[0]!) === family,
          )
        : [];
    const holding = [...sameFamily, ...sameGiven].filter((person) => holdsNow(person.id));
    if (holding.length === 1 && (sameFamily.length === 1 || postIds.length > 0)) {
      const person = holding[0]!;
      const others = candidates.filter((candidate) => candidate.id !== person.id);
      candidates.splice(
        0,
        candidates.length,
        {
          id: person.id,
          label: person.nameI18n.en,
          score: 0.85,
          reason: sameGiven.length > 0 ? "given name, holds the post" : "family name, holds the post",
        },
        ...others,
      );
    }
  }
  const [best, second] = candidates;
  const clear = best && (!second || best.score - second.score >= 0.05);
  if (best && clear && (best.score >= 0.85 || (best.score >= 0.7 && holders.has(best.id)))) {
    return {
      reconciled: { status: "matched", id: best.id, label: best.label, candidates },
      confidence: best.score,
    };
  }
  return {
    reconciled: { status: "new", proposed: { name: casedName(name), ...splitName(name) }, candidates },
    confidence: best ? round(Math.max(0.4, 1 - best.score)) : 0.8,
  };
}

/** The most specific organization a phrase names (a council rather than its IGO), as stated. */
export function mostSpecificOrganization(
  text: string,
  knowledge: ReaderKnowledge,
  from: number,
  to: number,
  /** Which mentions may be the one; all by default. */
  admits: (mention: Mention) => boolean = () => true,
): Mention | null {
  const mentions = organizationMentions(text, knowledge, from, to).filter(admits);
  if (mentions.length === 0) return null;
  const depth = (id: string) => {
    let count = 0;
    let current = knowledge.organizations.find((organization) => organization.id === id);
    while (current?.parentId && count < 10) {
      count++;
      current = knowledge.organizations.find((organization) => organization.id === current!.parentId);
    }
    return count;
  };
  return mentions.reduce((best, mention) => (depth(mention.id) > depth(best.id) ? mention : best));
}
