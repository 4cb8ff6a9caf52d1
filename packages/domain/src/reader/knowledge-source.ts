import type { KnownPerson, ReaderKnowledge } from "./knowledge";
import { foldTransliteration, knownSpellings } from "./names";
import type { MeetingProposal } from "./proposal";
import { readPressRelease, type ReadOptions } from "./read-press-release";

/** What one read asks the knowledge for: the folded tokens of the text's capitalised words. */
export interface KnowledgeQuery {
  /** Folded tokens (see `foldedTokens`) of every capitalised word of the release, sorted. */
  nameTokens: readonly string[];
}

/**
 * Candidate lookups instead of a full load: the reader asks only for the people whose name or other names share a
 * folded token with the release (with their occupancies), and the small reference tables (countries,
 * organizations, memberships, posts, topics, series, chairmanships). In tests and the command line a snapshot in
 * memory answers; in the app, indexed database queries (`@plenary/db`).
 */
export interface ReaderKnowledgeSource {
  /** The knowledge one read needs: people sharing a name token with the query, their occupancies, reference tables. */
  candidates(query: KnowledgeQuery): Promise<ReaderKnowledge>;
}

/** Folded name tokens ("Gijesov" and "Giyosov" both give "gesov"), as the database's name index holds them. */
export function foldedTokens(value: string): string[] {
  return foldTransliteration(value)
    .split(" ")
    .filter((token) => token.length >= 2);
}

/** Every folded token of every spelling of a person's name. */
export function personNameTokens(person: KnownPerson): string[] {
  return [...new Set(knownSpellings(person).flatMap((spelling) => foldedTokens(spelling.name)))];
}

/** The query for a release: each capitalised word, folded. */
export function knowledgeQueryOf(text: string): KnowledgeQuery {
  const tokens = new Set<string>();
  for (const word of text.match(/\p{Lu}[\p{L}\p{M}.'’-]*/gu) ?? [])
    for (const token of foldedTokens(word)) tokens.add(token);
  return { nameTokens: [...tokens].sort() };
}

/** The candidates a snapshot holds for a query: the same selection the database's lookups make. */
export function knowledgeCandidates(snapshot: ReaderKnowledge, query: KnowledgeQuery): ReaderKnowledge {
  const wanted = new Set(query.nameTokens);
  const people = snapshot.people.filter((person) =>
    personNameTokens(person).some((token) => wanted.has(token)),
  );
  const ids = new Set(people.map((person) => person.id));
  return {
    ...snapshot,
    people,
    occupancies: snapshot.occupancies.filter((occupancy) => ids.has(occupancy.personId)),
  };
}

/** A snapshot in memory (tests, the command line, the JSON export of the reference data). */
export class SnapshotKnowledge implements ReaderKnowledgeSource {
  constructor(private readonly snapshot: ReaderKnowledge) {}
  candidates(query: KnowledgeQuery): Promise<ReaderKnowledge> {
    return Promise.resolve(knowledgeCandidates(this.snapshot, query));
  }
}

/** Reads a release against a knowledge source: one lookup for the text's names, then the pure reader. */
export async function readPressReleaseFrom(
  text: string,
  source: ReaderKnowledgeSource,
  options: ReadOptions = {},
): Promise<MeetingProposal> {
  return readPressRelease(text, await source.candidates(knowledgeQueryOf(text)), options);
}
