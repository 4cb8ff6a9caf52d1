import type { KnownCountry, KnownOrganization, KnownPerson, ReaderKnowledge } from "./knowledge";
import { foldTransliteration, knownSpellings } from "./names";
import type { MeetingProposal } from "./proposal";
import { readPressRelease, type ReadOptions } from "./read-press-release";

/** What one read asks the knowledge for: the folded tokens of the text's words. */
export interface KnowledgeQuery {
  /** Folded tokens (see `foldedTokens`) of every capitalised word of the release, sorted: people are looked up by them. */
  nameTokens: readonly string[];
  /**
   * Folded tokens of every word of the release, capitalised or not, sorted: countries and organizations are looked
   * up by them (the reader matches their names case-insensitively).
   */
  words: readonly string[];
}

/**
 * Candidate lookups instead of a full load. The reader asks for
 * - the people whose name or other names share a folded token with the release, with their occupancies;
 * - the countries and organizations one of whose names (name, official name, other names, demonyms, abbreviation)
 *   has all its words in the release, and the whole tree (parents and bodies) of each organization;
 * - the posts of those countries and organization trees and the posts those people hold, with their countries and
 *   organization trees;
 * - the memberships, series and chairmanships of the organizations chosen, and the topics.
 * A post, country or organization outside this selection cannot change a read: the reader finds countries and
 * organizations only by their names in the text, and scores a post only for a country or organization the text
 * names or for a post the person holds. In tests and the command line a snapshot in memory answers; in the app,
 * indexed database queries (`@plenary/db`), which make the same selection.
 */
export interface ReaderKnowledgeSource {
  /** The knowledge one read needs (see the interface). */
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

/** The query for a release: each capitalised word, folded, and every word, folded. */
export function knowledgeQueryOf(text: string): KnowledgeQuery {
  const tokens = new Set<string>();
  for (const word of text.match(/\p{Lu}[\p{L}\p{M}.'’-]*/gu) ?? [])
    for (const token of foldedTokens(word)) tokens.add(token);
  return { nameTokens: [...tokens].sort(), words: [...new Set(nameWords(text))].sort() };
}

/** Every folded word of a name or text, one-letter words included ("d" of "Côte d'Ivoire"). */
function nameWords(value: string): string[] {
  return foldTransliteration(value)
    .split(" ")
    .filter((token) => token !== "");
}

// Words that say little about which country or organization is meant. A name is indexed under its other words:
// "Republic of Korea" under "korea", "Collective Security Council" under every word, for it has no other. The
// database's plenary_reference_name_keys (migration reference_name_keys) holds the same lists, folded.
const FUNCTION_WORDS = new Set(
  [
    "a",
    "an",
    "and",
    "at",
    "by",
    "da",
    "de",
    "des",
    "du",
    "for",
    "in",
    "la",
    "le",
    "of",
    "on",
    "s",
    "the",
    "to",
  ].map(foldTransliteration),
);
const GENERIC_WORDS = new Set(
  [
    "arab",
    "assembly",
    "bolivarian",
    "commission",
    "committee",
    "commonwealth",
    "community",
    "conference",
    "cooperation",
    "council",
    "democratic",
    "economic",
    "federal",
    "federation",
    "federative",
    "general",
    "government",
    "group",
    "head",
    "heads",
    "independent",
    "international",
    "islamic",
    "island",
    "islands",
    "kingdom",
    "nations",
    "organisation",
    "organization",
    "people",
    "peoples",
    "plurinational",
    "republic",
    "secretariat",
    "security",
    "socialist",
    "state",
    "states",
    "summit",
    "union",
    "united",
  ].map(foldTransliteration),
);

/** Longer words are not keys: no word of a real name is this long, and a database index entry has a size limit. */
const MAX_NAME_KEY_LENGTH = 100;

/**
 * The index keys of a set of names: of each name its folded words less function words and generic words, or less
 * function words only when nothing else is left, or all its words. Every word of a key is a word of the name, so a
 * text that names the country has a word in common with its keys.
 */
export function referenceNameKeys(names: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const words = nameWords(name);
    const content = words.filter((word) => !FUNCTION_WORDS.has(word));
    const specific = content.filter((word) => !GENERIC_WORDS.has(word));
    for (const key of specific.length ? specific : content.length ? content : words)
      if (key.length <= MAX_NAME_KEY_LENGTH) keys.add(key);
  }
  return [...keys];
}

/** The English names the reader matches a country by (mentions.ts). */
export function countryNames(country: KnownCountry): string[] {
  return [
    country.nameI18n.en,
    ...(country.officialNameI18n?.en ? [country.officialNameI18n.en] : []),
    ...country.otherNames,
    ...country.demonyms,
  ];
}

/** The English names the reader matches an organization by (mentions.ts). */
export function organizationNames(organization: KnownOrganization): string[] {
  return [
    organization.nameI18n.en,
    ...(organization.abbreviationI18n?.en ? [organization.abbreviationI18n.en] : []),
    ...organization.otherNames,
  ];
}

/** Whether every word of one of `names` is a word of the text (a necessary condition for the reader to match it). */
export function namedIn(names: readonly string[], words: ReadonlySet<string>): boolean {
  return names.some((name) => {
    const tokens = nameWords(name);
    return tokens.length > 0 && tokens.every((token) => words.has(token));
  });
}

/** The ids of the whole trees (every parent and every body, through live organizations) the given ones belong to. */
export function organizationTrees(
  organizations: readonly KnownOrganization[],
  ids: Iterable<string>,
): Set<string> {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const roots = new Set<string>();
  for (const id of ids) {
    let current = byId.get(id);
    const seen = new Set<string>();
    while (current?.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId);
    }
    if (current) roots.add(current.id);
  }
  const tree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const organization of organizations)
      if (organization.parentId && tree.has(organization.parentId) && !tree.has(organization.id)) {
        tree.add(organization.id);
        grew = true;
      }
  }
  return tree;
}

/** The candidates a snapshot holds for a query: the same selection the database's lookups make. */
export function knowledgeCandidates(snapshot: ReaderKnowledge, query: KnowledgeQuery): ReaderKnowledge {
  const wanted = new Set(query.nameTokens);
  const people = snapshot.people.filter((person) =>
    personNameTokens(person).some((token) => wanted.has(token)),
  );
  const ids = new Set(people.map((person) => person.id));
  const occupancies = snapshot.occupancies.filter((occupancy) => ids.has(occupancy.personId));
  const words = new Set(query.words);
  const named = new Set(
    snapshot.countries
      .filter((country) => namedIn(countryNames(country), words))
      .map((country) => country.id),
  );
  const namedTrees = organizationTrees(
    snapshot.organizations,
    snapshot.organizations
      .filter((organization) => namedIn(organizationNames(organization), words))
      .map((organization) => organization.id),
  );
  const held = new Set(occupancies.map((occupancy) => occupancy.postId));
  const posts = snapshot.posts.filter(
    (post) =>
      held.has(post.id) ||
      (post.countryId !== null && named.has(post.countryId)) ||
      (post.organizationId !== null && namedTrees.has(post.organizationId)),
  );
  const countryIds = new Set([...named, ...posts.flatMap((post) => post.countryId ?? [])]);
  const organizationIds = organizationTrees(snapshot.organizations, [
    ...namedTrees,
    ...posts.flatMap((post) => post.organizationId ?? []),
  ]);
  const ofOrganizations = <T extends { organizationId: string }>(rows: readonly T[] | undefined) =>
    rows?.filter((row) => organizationIds.has(row.organizationId));
  return {
    countries: snapshot.countries.filter((country) => countryIds.has(country.id)),
    organizations: snapshot.organizations.filter((organization) => organizationIds.has(organization.id)),
    people,
    posts,
    occupancies,
    // The chosen organizations' memberships, and every membership of the chosen countries: the reader ranks
    // countries named by the same word by how many organizations they belong to ("American": the United States
    // before the Northern Mariana Islands), which must not depend on which organizations the text names.
    memberships: snapshot.memberships.filter(
      (membership) => organizationIds.has(membership.organizationId) || countryIds.has(membership.countryId),
    ),
    topics: snapshot.topics,
    ...(snapshot.series ? { series: ofOrganizations(snapshot.series) } : {}),
    ...(snapshot.chairmanships ? { chairmanships: ofOrganizations(snapshot.chairmanships) } : {}),
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
