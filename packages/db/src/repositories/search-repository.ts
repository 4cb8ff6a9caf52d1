import type { Country, Document, Organization, Person } from "@plenary/domain";
import { WORD_SIMILARITY_THRESHOLD, type Db } from "../client";
import type * as Rows from "../generated/prisma/models";
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
  publicCountrySql,
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
 * The same, computed once per statement (a subquery PostgreSQL runs before the rest) for the score of every line:
 * a generic plan does not fold QUERY into a constant, and computing it again for each of a country's twenty-odd lines
 * doubled the time of ranking the 55 countries that have "of" (3.0 → 1.4 ms). The matching conditions keep QUERY
 * itself, whose value a custom plan sees, to choose between the indexes.
 */
const QUERY_ONCE = `(select ${QUERY})`;

/**
 * The query's words as LIKE patterns ("%word%", wildcards escaped), computed once per statement: a line can contain
 * every word of the query as a full-text match only if it contains each as a substring (the simple parser's words
 * are pieces of the text), and the substring test is far cheaper than parsing the line, which a common word ("of")
 * made PostgreSQL do for three thousand lines.
 */
const QUERY_WORD_PATTERNS = `(select array(
    select '%' || replace(replace(replace(w, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
    from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${QUERY}))) as w))::text[]`;

/**
 * How a line of a record's "searchText" scores against the query: the better of its trigram word similarity and its
 * similarity, which is the word similarity (LINE_SIMILARITY, between 0 and 1), plus 1 when it contains every word
 * of the query (full-text match), plus 2 when it is the query (a person searched by full name, a document by its
 * title), so exact matches come first (LINE_BONUS). `n.text` is the line.
 * The better of the two similarities is the word similarity: pg_trgm defines it as the greatest similarity of the
 * query's trigrams to any continuous extent of the line's, and the whole line is one, whose share of the query's
 * trigrams (common / query's) is never less than the similarity (common / both's). So only the word similarity is
 * computed (it was `greatest(word_similarity, similarity)`: of 873,540 pairs of the archive's lines and the broad
 * words, none differed; "of" ranked its 214 countries in 5.3 ms instead of 6.1, p50 of 30 alternated runs).
 * search-indexes.integration.test.ts checks that the similarity never exceeds it.
 */
const LINE_BONUS = (text: string) =>
  `case when ${text} like all (${QUERY_WORD_PATTERNS})
            and to_tsvector('simple'::regconfig, ${text}) @@ (select plainto_tsquery('simple', ${QUERY})) then 1 else 0 end
          + case when ${text} = ${QUERY_ONCE} then 2 else 0 end`;
const LINE_SIMILARITY = (text: string) => `word_similarity(${QUERY_ONCE}, ${text})`;

/**
 * A record's best line (LINE_BONUS + LINE_SIMILARITY), over the lines of the row `p` of the ranking. A similarity is
 * at most 1, so a line of a lower bonus can at best tie with one of the record's highest bonus: only the lines of
 * the highest bonus are given a similarity (trigram similarity is the costly part: the 214 countries with "of" in
 * their names have 2,319 lines, of which 395 contain the word, and scoring all of them took 8 of the ranking's 10 ms).
 */
const BEST_LINE = `
      select b.line, b.bonus + ${LINE_SIMILARITY("b.text")} as score
      from (
        select l.*, max(l.bonus) over () as top
        from (
          select n.line::int as line, n.text, ${LINE_BONUS("n.text")} as bonus
          from unnest(string_to_array(p."searchText", E'\\n')) with ordinality as n(text, line)
          where n.text <> ''
        ) l
      ) b
      where b.bonus = b.top
      order by score desc, b.line limit 1`;

/** Queries this short (a syllable such as "Li", one Chinese character) are matched by word prefix, not trigrams. */
export const SHORT_QUERY = 2;

/** Whether a query is matched by word prefix instead of trigram similarity (SHORT_QUERY). */
export const isShortQuery = (query: string): boolean => [...query.trim()].length <= SHORT_QUERY;

/** How many known words a query word may stand for (its nearest ones, see toSimilarQueries). */
const NEAR_WORDS = 8;

/**
 * The best PER_TYPE public records of a searched table for the query, best first, each with its tier,
 * its score (BEST_LINE's score) and that line (1-based). Filtered to public rows (PUBLIC_SQL) inside each
 * indexed query, before ranking and limiting, so hidden records can never crowd public ones out. (Countries and
 * organizations: every record found, public or not, ranked, and filtered after by SearchRepository.stillPublic.)
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
 *    query's last word (full-text prefix match), by id; for a longer one, texts containing the known words nearest
 *    the query's ($2 and $3, toSimilarQueries: misspellings corrected, parts of words completed), again from the
 *    full-text GIN index, by id: first the query with each word replaced by its nearest known word, then, if those
 *    are still fewer than PER_TYPE, with each word replaced by any of its near ones. (Scanning the texts' trigram
 *    index for similar texts instead took 100-300 ms for a misspelling of a common word, and as long for a name in
 *    a table that does not hold it. Looked up in the ranking statements themselves, the near words are a value
 *    PostgreSQL plans for blindly: "jonas" read the 6,109 documents with a word near it through the full-text
 *    index, 23 ms, where, given the words, it walks the primary key to the first ten public ones, 3.4 ms.)
 * Without `similar`, tiers 1 and 2 only (the query alone, $1): what SearchRepository.search asks first for a longer
 * query, since records that only look like the query are shown only when nothing has its words
 * (withoutNearMissesBesideMatches). With "unlessFound" (countries and organizations, which are not limited to
 * PER_TYPE), tier 3 only when tiers 1 and 2 found none of the table.
 * Tiers 1 and 2 can hold at most PER_TYPE records of the later ones, so PER_TYPE from each is enough. The at most
 * 4 × PER_TYPE records are then scored line by line (BEST_LINE) and ordered by tier, score and id: exact matches
 * first, then records with every word, then similar ones (a similar one only when one of its lines scores at least
 * MIN_SCORE, as a text whose trigram similarity to the query is that high).
 */
export function rankedSearchSql(
  table: RankedInSql,
  short: boolean,
  similar: boolean | "unlessFound" = true,
): string {
  // Countries and organizations are a few hundred rows, with a deep public rule that takes PostgreSQL longer to plan
  // (5-20 ms) than their tiers take to run: their tiers are not limited, every record found is returned, ranked, and
  // the rule is checked once, on those, by SearchRepository.stillPublic (not planned at all when none was found).
  // (Checked in this statement, best first, the rule cost every search, countries found or not, 4-5 ms more to plan
  // on the first five runs of each connection, and its larger plan about 0.5 ms more to start on every run.)
  const small = table === "Country" || table === "Organization";
  const fullText = `to_tsvector('simple'::regconfig, t."searchText")`;
  const words = `plainto_tsquery('simple', ${QUERY})`;
  const prefix = `${fullText} @@ (case when numnode(${words}) > 0 then (${words}::text || ':*')::tsquery end)`;
  /**
   * The first PER_TYPE public records by id whose search text matches `match` (countries and organizations: every
   * one). People's matches are ordered by id before their public rule (a participation or speech in a public
   * meeting) is checked, in a subquery kept apart by `offset 0`, so the rule runs on the first few only: checked on
   * every match first, it cost 10-15 ms for "li" (363 people). Meetings' and documents' rules are cheap, and for a
   * word in thousands of them PostgreSQL walks the primary key instead, which the subquery would prevent.
   */
  const firstById = (match: string, tier: number) => {
    if (small)
      return `
      select t.id, ${tier} as tier, t."searchText" from "${table}" t
      where ${match}`;
    const matching =
      table === "Person"
        ? `(select * from "${table}" t where ${match} order by t.id offset 0) t`
        : `"${table}" t`;
    return `
      select t.id, ${tier} as tier, t."searchText" from ${matching}
      where ${table === "Person" ? "" : `${match} and `}(${PUBLIC_SQL[table]})
      order by t.id limit ${PER_TYPE}`;
  };
  /** Whether the records found so far (a CTE) are fewer than PER_TYPE, so the next tier is needed. */
  const enough = (found: string) =>
    !small
      ? `(select count(distinct id) from ${found}) < ${PER_TYPE}`
      : similar === "unlessFound"
        ? `not exists (select from found)`
        : "true";
  const kept = short ? [] : [`(p.tier < 3 or s.score >= ${MIN_SCORE})`];
  const sql = `
    with exact as (${firstById(
      `plenary_search_line_keys(t."searchText") @> array[md5(${QUERY})]
        and ${QUERY} = any(string_to_array(t."searchText", E'\\n'))`,
      1,
    )}
    ), words as (${firstById(`${fullText} @@ ${words}`, 2)}
    ), found as (
      select * from exact union all select * from words
    ), ${
      !similar
        ? `more as (select * from found where false`
        : short
          ? `more as (${firstById(`${enough("found")} and ${prefix}`, 3)}`
          : `nearest as (${firstById(`${enough("found")} and ${fullText} @@ $2::tsquery`, 3)}
    ), found_nearest as (
      select * from found union all select * from nearest
    ), more as (
      select * from nearest union all (${firstById(`${enough("found_nearest")} and ${fullText} @@ $3::tsquery`, 3)}
      )`
    }
    ), picked as (
      select distinct on (id) * from (select * from found union all select * from more) u
      order by id, tier
    )
    select p.id, p.tier, s.score, s.line${
      table === "Person"
        ? `,
      (select (${SEARCHED.Person})[s.line] from "Person" t where t.id = p.id) as matched`
        : ""
    } from picked p
    cross join lateral (${BEST_LINE}
    ) s
    ${kept.length ? `where ${kept.join(" and ")}` : ""}
    order by p.tier, s.score desc, p.id${
      small
        ? ""
        : `
    limit ${PER_TYPE}`
    }`;
  return table === "Meeting" || table === "Document" ? sql : withParametersHidden(sql);
}

/**
 * The statement with its parameters read through subqueries, so that PostgreSQL plans it without their values:
 * the plan a prepared statement keeps (its generic plan) then costs the same as one planned for the values, and is
 * kept from the sixth run of each connection on. The people's ranking reads every tier's matches through the
 * full-text and line indexes whatever the query (they are ordered by id in a subquery of their own, see firstById),
 * so a plan for the values gains nothing, and planning it took 1.2-2 ms of its 2-3.5 ms on every search (the 22
 * ranking statements of the broad words and two names, alternated on the generated archive, p50: "of" 2.27 → 0.70
 * ms, "王" 3.49 → 1.80, "summit" with its similar records 2.81 → 0.78, "jonas" 3.75 → 1.67; same rows). Countries and
 * organizations, a few hundred rows read through the same indexes, gain 0.1-0.5 ms ("summit": 2.03 → 1.51). Meetings and
 * documents need the values: for a word in thousands of them the plan walks the primary key to the first ten public
 * ones, for a rare one it reads the full-text index ("joint" and "statement" took 17 ms planned blind, 2 ms with the
 * words).
 */
const withParametersHidden = (sql: string) =>
  sql.replace(/\$([123])(::\w+)?/g, (_, n: string, cast?: string) => `(select $${n}${cast ?? "::text"})`);

/**
 * The first PER_TYPE public records among the countries or organizations $1 (ids, best first), in that order, with
 * their rows as the client reads them (FIELDS), so that no read of them follows: what SearchRepository.stillPublic
 * shows of a ranking. The rule is checked row by row, best first, and the statement
 * stops at the PER_TYPE-th public one: the ids are kept apart in their order (`offset 0`), so the rule runs neither
 * on all of them first nor before the limit. A common word ("of") ranks two hundred countries, of which the public
 * ones may come last. A country is also public as a member (or chair) of a public organization, and most countries
 * are members of the same few: the public organizations of all the countries given are found once (`member_of`),
 * and each country looks itself up there (publicCountrySql), instead of checking its organizations' deep rule again
 * for every country. Every lookup in a list is a hash (`in (select …)`), not `= any(array)`, which compares each
 * element in turn: the 1,014 memberships and 302 chairmanships compared with the 214 countries "of" ranks, then 1,108
 * links with the public organizations, took 7 of the statement's 9.7 ms (now 2.1 ms in all, 5.0 before, prepared,
 * on the generated archive). The ids are read through a CTE (`given`) so that the planner cannot see how many there are:
 * for a few ids it found a custom plan cheaper than the generic one and planned the rules again on every search
 * (4 ms, to run 0.5 ms), where the plan it keeps runs in about 1.5 ms.
 */
export function publicFirstSql(table: "Country" | "Organization"): string {
  const rule =
    table === "Country"
      ? publicCountrySql(`t.id in (select country from member_of)`)
      : PUBLIC_SQL.Organization;
  // The countries given that are members of a public organization or chaired one (publicCountrySql's last branch).
  const memberOf =
    table === "Country"
      ? `links as (
      select m."countryId" as country, m."organizationId" as organization
      from "OrgMembership" m where m."countryId" in (select unnest(ids) from given)
      union all select c."countryId", c."organizationId"
      from "Chairmanship" c where c."countryId" in (select unnest(ids) from given)
    ), public_organizations as materialized (
      select t.id from "Organization" t
      where t.id in (select organization from links) and (${PUBLIC_SQL.Organization})
    ), member_of as materialized (
      select distinct l.country from links l join public_organizations o on o.id = l.organization
    ), `
      : "";
  return `
    with given as materialized (select $1::text[] as ids
    ), ${memberOf}ranked as (
      select r.id, r.n from unnest((select ids from given)) with ordinality as r(id, n) order by r.n offset 0
    )
    select ${columns(table)} from (
      select r.id, r.n from ranked r
      where coalesce((select true from "${table}" t where t.id = r.id and (${rule})), false)
      order by r.n
      limit ${PER_TYPE}
    ) f
    join "${table}" t on t.id = f.id
    order by f.n`;
}

/**
 * The columns of a country or an organization as the client reads them: its fields (no search text), a list the
 * database holds as null read as an empty one, as Prisma reads it. Every field of the model must be named here (the
 * type checks it), so that a field added later is not left out of search's results.
 */
const FIELDS = {
  Country: {
    id: "value",
    slug: "value",
    iso2: "value",
    iso3: "value",
    nameI18n: "value",
    officialNameI18n: "value",
    otherNames: "list",
    demonyms: "list",
    sources: "value",
    identifiers: "value",
    version: "value",
    createdAt: "value",
    updatedAt: "value",
    deletedAt: "value",
  } satisfies Record<keyof Rows.CountryModel, "value" | "list">,
  Organization: {
    id: "value",
    slug: "value",
    nameI18n: "value",
    abbreviationI18n: "value",
    otherNames: "list",
    classification: "value",
    parentId: "value",
    foundingDate: "value",
    dissolutionDate: "value",
    officialLanguages: "list",
    sources: "value",
    identifiers: "value",
    version: "value",
    createdAt: "value",
    updatedAt: "value",
    deletedAt: "value",
  } satisfies Record<keyof Rows.OrganizationModel, "value" | "list">,
};
const columns = (table: "Country" | "Organization") =>
  Object.entries(FIELDS[table])
    .map(([field, kind]) => (kind === "list" ? `coalesce(t."${field}", '{}') as "${field}"` : `t."${field}"`))
    .join(", ");

/** The rows publicFirstSql gives of each table: as the client reads them. */
interface PublicRows {
  Country: Rows.CountryModel;
  Organization: Rows.OrganizationModel;
}

/**
 * The statements search sends depend only on the table and the kind of query (rankedSearchSql, publicFirstSql): each
 * is composed once per process, not for every search (a few dozen at most).
 */
const composed = new Map<string, string>();
function composedOnce(key: string, compose: () => string): string {
  let sql = composed.get(key);
  if (sql === undefined) composed.set(key, (sql = compose()));
  return sql;
}

/** A word as a tsquery lexeme, quoted (a quote or backslash in it doubled). */
const lexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** Each word of the query (as the full-text search parses it) with its known words, nearest first. */
export const NEAR_WORDS_SQL = `
  select array(
    select d.word from "SearchWord" d where q.word <% d.word order by q.word <<-> d.word, d.word limit ${NEAR_WORDS}
  ) as near
  from unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${QUERY}))) as q(word)`;

/**
 * The full-text queries tier 3 of rankedSearchSql runs for a query of more than SHORT_QUERY characters, from the
 * words search knows (the "SearchWord" dictionary of every word of every searched text, migration search_words),
 * given each query word's known words nearest first (trigram word similarity of at least MIN_SCORE: a misspelling,
 * a word the query word is part of): the query with each word replaced by its nearest, then by any of its near
 * ones. A query word no known word is near is left out (noise, as in a trigram match of the whole query); no query
 * when every word is.
 */
export function toSimilarQueries(near: string[][]): SimilarQueries {
  const known = near.filter((words) => words.length > 0);
  if (known.length === 0) return { nearest: null, any: null };
  const nearest = known.map((words) => lexeme(words[0]!)).join(" & ");
  const any = known.map((words) => `(${words.map(lexeme).join(" | ")})`).join(" & ");
  return { nearest, any: known.every((words) => words.length === 1) ? null : any };
}

/** The two full-text queries of toSimilarQueries, as tsquery texts ($2 and $3 of rankedSearchSql). */
export interface SimilarQueries {
  nearest: string | null;
  any: string | null;
}

/** The public ones of ranked countries or organizations, best first, and their rows (SearchRepository.stillPublic). */
interface Shown<T extends "Country" | "Organization"> {
  shown: Scored[];
  rows: PublicRows[T][];
}

interface Scored {
  id: string;
  /** 1: a line is the query; 2: a line has every word of it; 3: only similar (rankedSearchSql). */
  tier: number;
  score: number;
  line: number;
  /** People only: the text, as written, of the line that matched (a name in the language or spelling searched). */
  matched?: string | null;
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
 * titles and summaries in every language, ranked as rankedSearchSql describes.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /**
   * The best records of a table for the query, best first (rankedSearchSql): of the records with the query's words
   * only (tiers 1 and 2) when `similar` is false; else of similar ones too, by the full-text queries of the similar
   * records (`near`, toSimilarQueries) when the query is not short. "unlessFound" (countries and organizations, short
   * queries): similar ones only when none of the table has the words.
   */
  private ranked(
    table: RankedInSql,
    query: string,
    similar: boolean | "unlessFound",
    near: SimilarQueries | null = null,
  ): Promise<Scored[]> {
    const short = isShortQuery(query);
    const sql = composedOnce(`ranked ${table} ${short} ${similar}`, () =>
      rankedSearchSql(table, short, similar),
    );
    return near
      ? this.db.$queryRawUnsafe<Scored[]>(sql, query, near.nearest, near.any)
      : this.db.$queryRawUnsafe<Scored[]>(sql, query);
  }

  /** The full-text queries for records similar to the query (toSimilarQueries), none for a short one. */
  async similarQueries(query: string): Promise<SimilarQueries> {
    if (isShortQuery(query)) return { nearest: null, any: null };
    const rows = await this.db.$queryRawUnsafe<{ near: string[] }[]>(NEAR_WORDS_SQL, query);
    return toSimilarQueries(rows.map((row) => row.near));
  }

  /**
   * Of the ranked records, the first PER_TYPE that are public, best first (publicFirstSql, one statement): the public
   * rule applied after ranking, so that hidden ones cannot crowd public ones out (countries and organizations are
   * ranked without it, see rankedSearchSql). In SQL: the Prisma filters of countries and organizations take a second
   * at archive scale. (It was checked in batches of 20, 40, 80… ids, one statement and round trip each, until PER_TYPE
   * were public: "of" ranks 214 countries, of which the first public one is the 175th, and took four.) The same
   * statement gives their rows: they were read after it by the client, one round trip more.
   */
  private async stillPublic<T extends "Country" | "Organization">(
    table: T,
    ranked: Scored[],
  ): Promise<{ shown: Scored[]; rows: PublicRows[T][] }> {
    if (!ranked.length) return { shown: [], rows: [] };
    const rows = await this.db.$queryRawUnsafe<PublicRows[T][]>(
      composedOnce(`public ${table}`, () => publicFirstSql(table)),
      ranked.map((row) => row.id),
    );
    const shown = new Set(rows.map((row) => row.id));
    return { shown: ranked.filter((row) => shown.has(row.id)), rows };
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
    // The best public records of each table, ranked and limited in SQL; countries and organizations are ranked
    // whole (a few hundred rows at most) and their public rule is applied once, to what was found, by the statement
    // that gives their rows (stillPublic). Records that only look like the query (tier 3) are shown only when no
    // public record has its words (withoutNearMissesBesideMatches), so they are ranked in the first round trip only
    // when that needs nothing looked up first:
    // 1. The five rankings, and the known words near the query's (similarQueries). For a short query (its similar
    //    records are those with a word it starts, found by the query itself), people, meetings and documents rank
    //    their similar records too (when fewer than PER_TYPE have the words), and countries and organizations too
    //    when none of the table has the words; for a longer one, the records with the words only.
    // 2. When a person, meeting or document has the words, or the query is short: the public countries and
    //    organizations ranked, with their rows, and the rows of the people, meetings and documents shown. Two round
    //    trips. (A short query whose words only countries or organizations have checks their rule first, and, if it
    //    hides them all, ranks and checks their similar records: up to two more.)
    //    Else (a longer query nothing but countries or organizations has the words of): the five rankings of the
    //    similar records, with the near words, beside the public rule of the countries and organizations that have
    //    the words; then, when none of those is public, the public rule of the similar ones with their rows, beside
    //    the rows of the people, meetings and documents. Three round trips ("summit", "stetement"; four before the
    //    rule's statement gave the rows).
    // (Looked up in the ranking statements themselves, the near words are planned for blindly: see rankedSearchSql.
    // Ranking the similar countries and organizations of a longer query in the first round trip, unless they have the
    // words, cost every search that finds the words in a person, meeting or document 1-1.5 ms per statement: "jonas",
    // "joint", "statement" p50 +3-7 ms, alternated with the code before.)
    const short = isShortQuery(text);
    const [near, ...first] = await Promise.all([
      short ? null : this.similarQueries(text),
      this.ranked("Person", text, short),
      this.ranked("Country", text, short && "unlessFound"),
      this.ranked("Organization", text, short && "unlessFound"),
      this.ranked("Meeting", text, short),
      this.ranked("Document", text, short),
    ]);
    let [rankedPeople, rankedCountries, rankedOrganizations, rankedMeetings, rankedDocuments] = first;
    const hasWords = (group: Scored[]) => group.some((row) => row.tier < 3);
    let shownCountries: Promise<Shown<"Country">> | null = null;
    let shownOrganizations: Promise<Shown<"Organization">> | null = null;
    /** Whether the countries and organizations ranked are all that may be shown (similar ones ranked if need be). */
    let complete = false;
    if (near && ![rankedPeople, rankedMeetings, rankedDocuments].some(hasWords)) {
      // No person, meeting or document has the words: the records similar to the query are ranked, while the
      // public rule of the countries and organizations that have them is checked.
      const [all, publicCountries, publicOrganizations] = await Promise.all([
        Promise.all([
          this.ranked("Person", text, true, near),
          this.ranked("Country", text, true, near),
          this.ranked("Organization", text, true, near),
          this.ranked("Meeting", text, true, near),
          this.ranked("Document", text, true, near),
        ]),
        this.stillPublic("Country", rankedCountries),
        this.stillPublic("Organization", rankedOrganizations),
      ]);
      if (publicCountries.shown.length || publicOrganizations.shown.length) {
        shownCountries = Promise.resolve(publicCountries);
        shownOrganizations = Promise.resolve(publicOrganizations);
      } else [rankedPeople, rankedCountries, rankedOrganizations, rankedMeetings, rankedDocuments] = all;
      complete = true;
    }
    const countriesChecked = shownCountries ?? this.stillPublic("Country", rankedCountries);
    const organizationsChecked = shownOrganizations ?? this.stillPublic("Organization", rankedOrganizations);
    // Whether a record shown has the query's words, so that similar ones are not shown: people, meetings and
    // documents ranked are public; countries and organizations once their rule is checked.
    let wordsFound = [rankedPeople, rankedMeetings, rankedDocuments].some(hasWords);
    let checked: [Shown<"Country">, Shown<"Organization">] | null = null;
    if (!wordsFound && !complete && (hasWords(rankedCountries) || hasWords(rankedOrganizations))) {
      // Only countries or organizations have the words, so their similar records were not ranked ("unlessFound"):
      // when none of those with the words is public, they are ranked and checked now (a round trip or two more).
      checked = await Promise.all([countriesChecked, organizationsChecked]);
      wordsFound = hasWords(checked[0].shown) || hasWords(checked[1].shown);
      if (!wordsFound) {
        const again = async <T extends "Country" | "Organization">(
          table: T,
          ranked: Scored[],
          known: Shown<T>,
        ) => (hasWords(ranked) ? this.stillPublic(table, await this.ranked(table, text, true)) : known);
        checked = await Promise.all([
          again("Country", rankedCountries, checked[0]),
          again("Organization", rankedOrganizations, checked[1]),
        ]);
      }
    }
    const ids = (ranked: { id: string }[]) => ({ in: ranked.map((r) => r.id) });
    /** The rows of the ranked records, read only when there are some (no statement for none). */
    const read = <T>(ranked: { id: string }[], find: () => Promise<T[]>) =>
      ranked.length ? find() : Promise.resolve([]);
    // The rows of the people, meetings and documents shown (filtered again: a record may have left the public
    // between the two reads), read beside the public rule of the countries and organizations when that is still
    // running: records only similar to the query are read too while a country or organization may yet have its words.
    const shown = (group: Scored[]) => (wordsFound ? group.filter((row) => row.tier < 3) : group);
    const [
      { shown: publicCountries, rows: countryRows },
      { shown: publicOrganizations, rows: organizationRows },
      personRows,
      meetingRows,
      documentRows,
    ] = await Promise.all([
      checked?.[0] ?? countriesChecked,
      checked?.[1] ?? organizationsChecked,
      read(shown(rankedPeople), () =>
        this.db.person.findMany({ where: { id: ids(shown(rankedPeople)), ...publicPerson } }),
      ),
      read(shown(rankedMeetings), () =>
        this.db.meeting.findMany({
          where: { id: ids(shown(rankedMeetings)), ...publishedMeeting },
          select: meetingSummarySelect,
        }),
      ),
      read(shown(rankedDocuments), () =>
        this.db.document.findMany({
          where: { id: ids(shown(rankedDocuments)), ...publishedDocument },
          include: { topics: { where: publicDocumentTopic, select: { topicId: true } }, ...documentLinks },
        }),
      ),
    ]);
    // Near misses are judged among public records only: a hidden record with the words must not hide them.
    const [people, countries, organizations, meetings, documents] = withoutNearMissesBesideMatches([
      rankedPeople,
      publicCountries,
      publicOrganizations,
      rankedMeetings,
      rankedDocuments,
    ]);
    const order = <T extends { id: string }>(ranked: { id: string }[], rows: T[]) =>
      ranked.flatMap((r) => rows.filter((row) => row.id === r.id));
    return {
      people: order(people, personRows).map((row) => ({
        person: toPerson(row),
        matched: people.find((p) => p.id === row.id)?.matched ?? "",
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
