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

/** The texts each record is found by, as a SQL text[] over the table's row alias `t`. */
const localized = (column: string) =>
  `coalesce(array(select value from jsonb_each_text(t."${column}")), '{}')`;
const SEARCHED = {
  Person: `${localized("nameI18n")} || coalesce(array(select o->>'name' from jsonb_array_elements(t."otherNames") o), '{}')`,
  Country: `${localized("nameI18n")} || coalesce(${localized("officialNameI18n")}, '{}') || t."otherNames" || t.demonyms || array[t.iso2, coalesce(t.iso3, '')]`,
  Organization: `${localized("nameI18n")} || coalesce(${localized("abbreviationI18n")}, '{}') || t."otherNames"`,
  Meeting: `${localized("titleI18n")} || coalesce(${localized("summaryI18n")}, '{}')`,
  Document: `${localized("titleI18n")}`,
} as const;

/**
 * All of a record's searched texts in one lower-case, unaccented text: exactly the expressions the search indexes
 * of the search_indexes migration are built on (trigram and full-text GIN), so that finding candidates uses them.
 */
const SEARCH_TEXT = {
  Person: `plenary_person_search(t."nameI18n", t."otherNames")`,
  Country: `plenary_country_search(t."nameI18n", t."officialNameI18n", t."otherNames", t.demonyms, t.iso2, t.iso3)`,
  Organization: `plenary_organization_search(t."nameI18n", t."abbreviationI18n", t."otherNames")`,
  Meeting: `plenary_meeting_search(t."titleI18n", t."summaryI18n")`,
  Document: `plenary_document_search(t."titleI18n")`,
} as const;

export type SearchTable = keyof typeof SEARCHED;

/**
 * The records that may score at least MIN_SCORE, found through the indexes: a text that scores by trigrams has a
 * word similarity to the query of at least MIN_SCORE, and the record's whole search text has one at least as high
 * (`<%`, with the threshold each connection sets to MIN_SCORE: see createDb); a text containing every word of the query makes the search text
 * contain them too (`@@`). So no record that ranks is missed. $1 is the query.
 */
export function searchCandidatesSql(table: SearchTable): string {
  return `
    select t.id from "${table}" t
    where plenary_unaccent(lower($1)) <% ${SEARCH_TEXT[table]}
       or to_tsvector('simple'::regconfig, ${SEARCH_TEXT[table]}) @@ plainto_tsquery('simple', plenary_unaccent(lower($1)))`;
}

/**
 * Full-text and trigram search over names, other names (transliterations and misspellings seen in sources),
 * titles and summaries in every language. Each text scores the better of its trigram word similarity and
 * similarity to the query, plus 1 when the text contains every word of the query (full-text match), plus 2 when it
 * is the query (a person searched by full name, a document by its title), so exact matches come first.
 */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** The ids the search indexes find for the query, public or not (the caller filters). */
  private async candidates(table: SearchTable, query: string): Promise<string[]> {
    const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(searchCandidatesSql(table), query);
    return rows.map((row) => row.id);
  }

  /** Ranks only the given rows (the public ones), so hidden rows can never crowd public ones out of the limit. */
  private async rank(
    table: SearchTable,
    query: string,
    among: { id: string }[],
  ): Promise<{ id: string; score: number; matched: string }[]> {
    if (among.length === 0) return [];
    const sql = `
      with q as (select plenary_unaccent(lower($1)) as text, plainto_tsquery('simple', plenary_unaccent(lower($1))) as words)
      select id, score, matched from (
        select distinct on (t.id) t.id, x as matched,
          greatest(word_similarity(q.text, plenary_unaccent(lower(x))), similarity(q.text, plenary_unaccent(lower(x))))
            + case when to_tsvector('simple', plenary_unaccent(lower(x))) @@ q.words then 1 else 0 end
            + case when plenary_unaccent(lower(x)) = q.text then 2 else 0 end as score
        from "${table}" t cross join q cross join lateral unnest(${SEARCHED[table]}) as x
        where t.id = any($2::text[]) and x <> ''
        order by t.id, score desc
      ) ranked
      where score >= ${MIN_SCORE}
      order by score desc, id
      limit ${PER_TYPE}`;
    return this.db.$queryRawUnsafe(
      sql,
      query,
      among.map((row) => row.id),
    );
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
    // Candidates from the indexes, then only the public ones, then ranked: filtering before ranking and limiting.
    const [people, countries, organizations, meetings, documents] = await Promise.all([
      this.candidates("Person", text)
        .then((ids) => this.db.person.findMany({ where: { id: { in: ids }, ...publicPerson }, select: id }))
        .then((rows) => this.rank("Person", text, rows)),
      this.candidates("Country", text)
        .then((ids) => this.db.country.findMany({ where: { id: { in: ids }, ...publicCountry }, select: id }))
        .then((rows) => this.rank("Country", text, rows)),
      this.candidates("Organization", text)
        .then((ids) =>
          this.db.organization.findMany({ where: { id: { in: ids }, ...publicOrganization }, select: id }),
        )
        .then((rows) => this.rank("Organization", text, rows)),
      this.candidates("Meeting", text)
        .then((ids) =>
          this.db.meeting.findMany({ where: { id: { in: ids }, ...publishedMeeting }, select: id }),
        )
        .then((rows) => this.rank("Meeting", text, rows)),
      this.candidates("Document", text)
        .then((ids) =>
          this.db.document.findMany({ where: { id: { in: ids }, ...publishedDocument }, select: id }),
        )
        .then((rows) => this.rank("Document", text, rows)),
    ]);
    const order = <T extends { id: string }>(ranked: { id: string }[], rows: T[]) =>
      ranked.flatMap((r) => rows.filter((row) => row.id === r.id));
    const ids = (ranked: { id: string }[]) => ({ in: ranked.map((r) => r.id) });

    // Filtered again: a record may have left the public between the two reads.
    const [personRows, countryRows, organizationRows, meetingRows, documentRows] = await Promise.all([
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
    ]);
    const matchedName = new Map(people.map((p) => [p.id, p.matched]));
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
