import type { Country, Document, Organization, Person } from "@plenary/domain";
import { WORD_SIMILARITY_THRESHOLD, type Db } from "../client";
import { toCountry, toDocument, toOrganization, toPerson } from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, toMeetingSummary } from "./public-summaries";
import {
  documentLinks,
  withoutTrashedLinks,
  publicCountry,
  publicDocumentTopic,
  publicOrganization,
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
type RankedInSql = keyof typeof PUBLIC_SQL;
const rankedInSql = (table: SearchTable): table is RankedInSql => table in PUBLIC_SQL;

/**
 * The records that score at least MIN_SCORE, with their score and the line (1-based) of their "searchText" that
 * scored best. For meetings, documents and people: only the public ones, best first (ties by id), at most PER_TYPE,
 * filtered before they are ranked and limited, so hidden records can never crowd public ones out. For countries and
 * organizations (a few hundred rows, whose public rule is a deep tree of links), all of them: the caller keeps the
 * public ones, then ranks and limits.
 *
 * Candidates come from the GIN indexes on the stored "searchText" (all of a record's texts, lower-case and
 * unaccented, one per line, kept by PostgreSQL as a generated column): a text that scores by trigrams has a word
 * similarity to the query of at least MIN_SCORE, and the whole search text has one at least as high (`<%`, with the
 * threshold each connection sets to MIN_SCORE: see createDb); a text containing every word of the query makes the
 * search text contain them too (`@@`). So no record that scores is missed, and nothing is computed from the jsonb
 * names at search time. Each line scores the better of its trigram word similarity and similarity to the query,
 * plus 1 when it contains every word of the query (full-text match), plus 2 when it is the query (a person searched
 * by full name, a document by its title), so exact matches come first. $1 is the query.
 */
export function searchCandidatesSql(table: SearchTable): string {
  const publicOnly = rankedInSql(table) ? `and (${PUBLIC_SQL[table]})` : "";
  const rankAndLimit = rankedInSql(table) ? `order by score desc, id limit ${PER_TYPE}` : "";
  return `
    select id, score, line from (
      select distinct on (t.id) t.id, n.line::int as line,
        greatest(word_similarity(plenary_unaccent(lower($1)), n.text), similarity(plenary_unaccent(lower($1)), n.text))
          + case when to_tsvector('simple'::regconfig, n.text) @@ plainto_tsquery('simple', plenary_unaccent(lower($1))) then 1 else 0 end
          + case when n.text = plenary_unaccent(lower($1)) then 2 else 0 end as score
      from "${table}" t
      cross join lateral unnest(string_to_array(t."searchText", E'\\n')) with ordinality as n(text, line)
      where (plenary_unaccent(lower($1)) <% t."searchText"
          or to_tsvector('simple'::regconfig, t."searchText") @@ plainto_tsquery('simple', plenary_unaccent(lower($1))))
        and n.text <> '' ${publicOnly}
      order by t.id, score desc, n.line
    ) scored
    where score >= ${MIN_SCORE}
    ${rankAndLimit}`;
}

interface Scored {
  id: string;
  score: number;
  line: number;
}

/** Best score first, ties by id: the order results are shown in. */
const byRank = (a: Scored, b: Scored) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Full-text and trigram search over names, other names (transliterations and misspellings seen in sources),
 * titles and summaries in every language, scored as searchCandidatesSql describes.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** The records the search indexes find for the query, scored (see searchCandidatesSql). */
  private candidates(table: SearchTable, query: string): Promise<Scored[]> {
    return this.db.$queryRawUnsafe<Scored[]>(searchCandidatesSql(table), query);
  }

  /**
   * The best PER_TYPE of the scored records of a table whose public rule is a Prisma filter only: hidden records are
   * dropped before ranking and limiting, so they can never crowd public ones out of the limit.
   */
  private async rank(
    scored: Scored[],
    visible: (ids: string[]) => Promise<{ id: string }[]>,
  ): Promise<Scored[]> {
    if (scored.length === 0) return [];
    const shown = new Set((await visible(scored.map((row) => row.id))).map((row) => row.id));
    return scored
      .filter((row) => shown.has(row.id))
      .sort(byRank)
      .slice(0, PER_TYPE);
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
    const id = { id: true } as const;
    // Scored candidates from the indexes, only the public ones, then ranked and limited.
    const [people, countries, organizations, meetings, documents] = await Promise.all([
      this.candidates("Person", text),
      this.candidates("Country", text).then((scored) =>
        this.rank(scored, (ids) =>
          this.db.country.findMany({ where: { id: { in: ids }, ...publicCountry }, select: id }),
        ),
      ),
      this.candidates("Organization", text).then((scored) =>
        this.rank(scored, (ids) =>
          this.db.organization.findMany({ where: { id: { in: ids }, ...publicOrganization }, select: id }),
        ),
      ),
      this.candidates("Meeting", text),
      this.candidates("Document", text),
    ]);
    const order = <T extends { id: string }>(ranked: { id: string }[], rows: T[]) =>
      ranked.flatMap((r) => rows.filter((row) => row.id === r.id));
    const ids = (ranked: { id: string }[]) => ({ in: ranked.map((r) => r.id) });

    // Filtered again: a record may have left the public between the two reads.
    const [personRows, countryRows, organizationRows, meetingRows, documentRows, matchedName] =
      await Promise.all([
        this.db.person.findMany({ where: { id: ids(people), ...publicPerson } }),
        this.db.country.findMany({ where: { id: ids(countries), ...publicCountry } }),
        this.db.organization.findMany({ where: { id: ids(organizations), ...publicOrganization } }),
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
