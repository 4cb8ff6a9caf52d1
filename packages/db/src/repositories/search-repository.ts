import type { Country, Document, Organization, Person } from "@plenary/domain";
import { WORD_SIMILARITY_THRESHOLD, type Db } from "../client";
import { toCountry, toDocument, toOrganization, toPerson } from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, toMeetingSummary } from "./public-summaries";
import {
  documentLinks,
  withoutTrashedLinks,
  publicDocumentTopic,
  publicPerson,
  publishedDocument,
  publishedMeeting,
  PUBLIC_SQL,
} from "./visibility";

/** Search results by type, best match first; only what the public may see. */
export interface SearchResults {
  meetings: MeetingSummary[];
  people: { person: Person; matched: string }[];
  countries: Country[];
  organizations: Organization[];
  documents: Document[];
}

/** Below this a trigram match is noise; "gijesov" and "giyosov" share a third of their trigrams. */
const MIN_SCORE = WORD_SIMILARITY_THRESHOLD;
const PER_TYPE = 10;

/**
 * The texts each record is found by (names, other names, titles, summaries in every language), as SQL over the
 * table's row alias `t`: the same list, in the same order, as the lines of its stored "searchText" column (the
 * search_stored_text migration), so a line's position gives back the text as written.
 */
const SEARCHED = {
  Person: `plenary_person_search_texts(t."nameI18n", t."otherNames")`,
  Country: `plenary_country_search_texts(t."nameI18n", t."officialNameI18n", t."otherNames", t.demonyms, t.iso2, t.iso3)`,
  Organization: `plenary_organization_search_texts(t."nameI18n", t."abbreviationI18n", t."otherNames")`,
  Meeting: `plenary_meeting_search_texts(t."titleI18n", t."summaryI18n")`,
  Document: `plenary_document_search_texts(t."titleI18n")`,
} as const;

export type SearchTable = keyof typeof SEARCHED;

/** Tables whose public rule search applies in SQL (visibility.ts), so they are ranked and limited in the statement. */
export type RankedInSql = keyof typeof PUBLIC_SQL;

/** The query as the stored search text holds it (lower-case, unaccented): $1 is the query as typed. */
const QUERY = `plenary_unaccent(lower($1))`;

/**
 * How a line of a record's "searchText" scores against the query: the better of its trigram word similarity and its
 * similarity, plus 1 when it contains every word of the query (full-text match), plus 2 when it is the query (a
 * person searched by full name, a document by its title), so exact matches come first. `n.text` is the line.
 */
const LINE_SCORE = `greatest(word_similarity(${QUERY}, n.text), similarity(${QUERY}, n.text))
          + case when to_tsvector('simple'::regconfig, n.text) @@ plainto_tsquery('simple', ${QUERY}) then 1 else 0 end
          + case when n.text = ${QUERY} then 2 else 0 end`;

/** Queries this short (a syllable such as "Li", one Chinese character) are matched by word prefix, not trigrams. */
export const SHORT_QUERY = 2;

/** Whether a query is matched by word prefix instead of trigram similarity (SHORT_QUERY). */
export const isShortQuery = (query: string): boolean => [...query.trim()].length <= SHORT_QUERY;

/**
 * The best PER_TYPE public records of a searched table for the query, best first, each with its tier,
 * its score (LINE_SCORE of its best line) and that line (1-based). Filtered to public rows (PUBLIC_SQL) inside each
 * indexed query, before ranking and limiting, so hidden records can never crowd public ones out.
 *
 * A broad word ("jonas", "summit") is in thousands of records, and scoring every one of them took up to two seconds.
 * So the indexes give back a few records per tier, each tier its own indexed query of at most PER_TYPE public rows,
 * which PostgreSQL stops as soon as it has them:
 * 1. a line that is the query (a full name, a title): the GIN index of the lines' keys (migration
 *    search_ranked_from_index), by id;
 * 2. texts containing every word of the query: the full-text GIN index, by id. For a word in thousands of records
 *    PostgreSQL walks the primary key and stops after the first PER_TYPE that match and are public; for a rare one
 *    it reads the few matches from the GIN index;
 * 3. only when the first two found fewer than PER_TYPE records: for a short query (isShortQuery: one or two
 *    letters, one Chinese character, whose trigrams match nearly everything) texts with a word starting with the
 *    query's last word (full-text prefix match), by id; for a longer one, texts whose trigram word similarity to the
 *    query is at least MIN_SCORE (`<%`), best first by word-similarity distance (`<<->`: the GiST trigram index
 *    returns rows in that order, so a misspelling of a common word does not score thousands of candidates either).
 * Tiers 1 and 2 can hold at most PER_TYPE records of the later ones, so PER_TYPE from each is enough. The at most
 * 3 × PER_TYPE records are then scored line by line (LINE_SCORE) and ordered by tier, score, trigram distance and
 * id: exact matches first, then records with every word, then similar ones (a similar one only when one of its
 * lines scores at least MIN_SCORE).
 */
export function rankedSearchSql(table: RankedInSql, short: boolean): string {
  // Countries and organizations are a few hundred rows, with a deep public rule that takes PostgreSQL longer to plan
  // than their tiers take to run: their tiers are not limited, and the rule is checked once, on what they found.
  const small = table === "Country" || table === "Organization";
  const publicInTier = small ? "" : ` and (${PUBLIC_SQL[table]})`;
  const limitInTier = small ? "" : ` limit ${PER_TYPE}`;
  const fullText = `to_tsvector('simple'::regconfig, t."searchText")`;
  const words = `plainto_tsquery('simple', ${QUERY})`;
  const prefix = `${fullText} @@ (case when numnode(${words}) > 0 then (${words}::text || ':*')::tsquery end)`;
  /** The first PER_TYPE public records by id whose search text matches `match`. */
  const firstById = (match: string, tier: number) => `
      select t.id, ${tier} as tier, 0::real as nearness, t."searchText" from "${table}" t
      where ${match}${publicInTier}
      order by t.id${limitInTier}`;
  const enough = small ? "true" : `(select count(distinct id) from found) < ${PER_TYPE}`;
  const kept = [
    ...(small ? [`(${PUBLIC_SQL[table]})`] : []),
    ...(short ? [] : [`(p.tier < 3 or s.score >= ${MIN_SCORE})`]),
  ];
  return `
    with exact as (${firstById(
      `plenary_search_line_keys(t."searchText") @> array[md5(${QUERY})]
        and ${QUERY} = any(string_to_array(t."searchText", E'\\n'))`,
      1,
    )}
    ), words as (${firstById(`${fullText} @@ ${words}`, 2)}
    ), found as (
      select * from exact union all select * from words
    ), more as (${
      short
        ? firstById(`${enough} and ${prefix}`, 3)
        : `
      select t.id, 3 as tier, ${QUERY} <<-> t."searchText" as nearness, t."searchText" from "${table}" t
      where ${enough} and ${QUERY} <% t."searchText"${publicInTier}
      order by nearness${limitInTier}`
    }
    ), picked as (
      select distinct on (id) * from (select * from found union all select * from more) u
      order by id, tier
    )
    select p.id, p.tier, s.score, s.line from picked p
    ${small ? `join "${table}" t on t.id = p.id` : ""}
    cross join lateral (
      select n.line::int as line, ${LINE_SCORE} as score
      from unnest(string_to_array(p."searchText", E'\\n')) with ordinality as n(text, line)
      where n.text <> ''
      order by score desc, n.line limit 1
    ) s
    ${kept.length ? `where ${kept.join(" and ")}` : ""}
    order by p.tier, s.score desc, p.nearness, p.id
    limit ${PER_TYPE}`;
}

interface Scored {
  id: string;
  /** 1: a line is the query; 2: a line has every word of it; 3: only similar (rankedSearchSql). */
  tier: number;
  score: number;
  line: number;
}

/**
 * Records that only look like the query (tier 3) are dropped from every group once a record of any group has the
 * query's words (tiers 1 and 2): beside Narendra Modi, found by his name, "Mongolia" and the "Moscow Declaration"
 * are noise. They stay when nothing has the words, which is how a misspelled name is found.
 */
export function withoutNearMissesBesideMatches<G extends { tier: number }[][]>(groups: [...G]): G {
  if (!groups.some((group) => group.some((row) => row.tier < 3))) return groups;
  // The same groups in the same order, each only shorter.
  return groups.map((group) => group.filter((row) => row.tier < 3)) as G;
}

/**
 * Full-text and trigram search over names, other names (transliterations and misspellings seen in sources),
 * titles and summaries in every language, ranked as rankedSearchSql and searchCandidatesSql describe.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** The best public records of the table for the query, best first (see rankedSearchSql). */
  private ranked(table: RankedInSql, query: string): Promise<Scored[]> {
    return this.db.$queryRawUnsafe<Scored[]>(rankedSearchSql(table, isShortQuery(query)), query);
  }

  /** Of the ranked records, the ids of those still public (in SQL: the Prisma filters of countries and organizations
   * take a second at archive scale). */
  private async stillPublic(table: RankedInSql, ranked: Scored[]): Promise<string[]> {
    if (ranked.length === 0) return [];
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
      `select t.id from "${table}" t where t.id = any($1::text[]) and (${PUBLIC_SQL[table]})`,
      ranked.map((row) => row.id),
    );
    return rows.map((row) => row.id);
  }

  /** The texts, as written, of the lines that matched (a person's name in the language or spelling searched). */
  private async matchedTexts(table: SearchTable, ranked: Scored[]): Promise<Map<string, string>> {
    if (ranked.length === 0) return new Map();
    const rows = await this.db.$queryRawUnsafe<{ id: string; matched: string | null }[]>(
      `select m.id, (${SEARCHED[table]})[m.line] as matched
       from unnest($1::text[], $2::int[]) as m(id, line) join "${table}" t on t.id = m.id`,
      ranked.map((row) => row.id),
      ranked.map((row) => row.line),
    );
    return new Map(rows.map((row) => [row.id, row.matched ?? ""]));
  }

  async search(query: string): Promise<SearchResults> {
    const text = query.trim();
    const empty: SearchResults = {
      meetings: [],
      people: [],
      countries: [],
      organizations: [],
      documents: [],
    };
    if (!text) return empty;
    // The best public records of each table, ranked and limited in SQL.
    const [people, countries, organizations, meetings, documents] = withoutNearMissesBesideMatches(
      await Promise.all([
        this.ranked("Person", text),
        this.ranked("Country", text),
        this.ranked("Organization", text),
        this.ranked("Meeting", text),
        this.ranked("Document", text),
      ]),
    );
    const order = <T extends { id: string }>(ranked: { id: string }[], rows: T[]) =>
      ranked.flatMap((r) => rows.filter((row) => row.id === r.id));
    const ids = (ranked: { id: string }[]) => ({ in: ranked.map((r) => r.id) });

    // Filtered again: a record may have left the public between the two reads.
    const [personRows, countryRows, organizationRows, meetingRows, documentRows, matchedName] =
      await Promise.all([
        this.db.person.findMany({ where: { id: ids(people), ...publicPerson } }),
        this.stillPublic("Country", countries).then((shown) =>
          this.db.country.findMany({ where: { id: { in: shown } } }),
        ),
        this.stillPublic("Organization", organizations).then((shown) =>
          this.db.organization.findMany({ where: { id: { in: shown } } }),
        ),
        this.db.meeting.findMany({
          where: { id: ids(meetings), ...publishedMeeting },
          select: meetingSummarySelect,
        }),
        this.db.document.findMany({
          where: { id: ids(documents), ...publishedDocument },
          include: { topics: { where: publicDocumentTopic, select: { topicId: true } }, ...documentLinks },
        }),
        this.matchedTexts("Person", people),
      ]);
    return {
      people: order(people, personRows).map((row) => ({
        person: toPerson(row),
        matched: matchedName.get(row.id) ?? "",
      })),
      countries: order(countries, countryRows).map(toCountry),
      organizations: order(organizations, organizationRows).map(toOrganization),
      meetings: order(meetings, meetingRows).map(toMeetingSummary),
      documents: order(documents, documentRows).map((row) =>
        toDocument(withoutTrashedLinks(row, { adoptingBodyId: row.adoptingBody })),
      ),
    };
  }
}
