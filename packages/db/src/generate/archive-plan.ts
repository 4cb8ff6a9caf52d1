import { documentSlug, meetingSlug, nameSlug } from "@plenary/domain";
import type { Prisma } from "../generated/prisma/client";
import { countryData } from "../reference/countries";
import { participationFields, type StoredMeetingRecord } from "../repositories/meeting-record-loader";
import {
  BODIES,
  CHINESE_FAMILY,
  CHINESE_GIVEN,
  CYRILLIC_FAMILY,
  CYRILLIC_GIVEN,
  DOCUMENT_KINDS,
  DOCUMENT_SUBJECTS,
  LATIN_FAMILY,
  LATIN_GIVEN,
  ORGANIZATION_KINDS,
  ORGANIZATION_REGIONS,
  SYLLABLE_COUNT,
  countryName,
  type Spelled,
} from "./names";
import { Random } from "./random";

const REFERENCE_ISO2 = new Set(countryData.countries.map((country) => country.iso2));

export interface ArchiveOptions {
  seed: number;
  meetings: number;
  people: number;
  documents: number;
  organizations: number;
  /** The archive covers this many years, up to the end of LAST_YEAR. */
  years: number;
}

export const DEFAULT_ARCHIVE_OPTIONS: ArchiveOptions = {
  seed: 1,
  meetings: 5000,
  people: 20_000,
  documents: 50_000,
  organizations: 40,
  years: 30,
};

const LAST_YEAR = 2025;
const COUNTRIES = 40;
/** Every generated row is stamped with this time, so that one seed gives one database, byte for byte. */
export const GENERATED_AT = new Date("2026-01-01T00:00:00.000Z");

/** Generated ids: "zgen" + a two-letter kind + ten digits (16 characters; cuid mints 25, cuid2 24). */
export const GENERATED_ID_PREFIX = "zgen";
const generatedId = (kind: string, n: number) =>
  `${GENERATED_ID_PREFIX}${kind}${String(n).padStart(10, "0")}`;

const stamp = { version: 1, createdAt: GENERATED_AT, updatedAt: GENERATED_AT } as const;
const referenceStamp = { ...stamp, sources: [], identifiers: [], deletedAt: null } as const;

/** A row with every column given; a JSON column's SQL NULL is written `null` here (see `forInsert`). */
type Row<T> = {
  [K in keyof T]-?:
    | Exclude<T[K], undefined | Prisma.NullableJsonNullValueInput>
    | (Prisma.NullableJsonNullValueInput extends T[K] ? null : never);
};
/** A generated meeting is published: no review asked for, nothing scheduled, no handover held. */
const NO_EDITORIAL_WORKFLOW = {
  heldChairmanships: null,
  reviewState: "none",
  reviewRequestedById: null,
  reviewComment: null,
  reviewApprovedVersion: null,
  publishAt: null,
  publishAtById: null,
  publishAtDocumentIds: [] as string[],
  scheduleError: null,
} as const;
export type CountryRow = Row<Prisma.CountryCreateManyInput>;
export type OrganizationRow = Row<Prisma.OrganizationCreateManyInput>;
export type MembershipRow = Row<Prisma.OrgMembershipCreateManyInput>;
export type PostRow = Row<Prisma.PostCreateManyInput>;
export type PersonRow = Row<Prisma.PersonCreateManyInput>;
export type OccupancyRow = Row<Prisma.OccupancyCreateManyInput>;
export type ChairmanshipRow = Row<Prisma.ChairmanshipCreateManyInput>;
export type SeriesRow = Row<Prisma.MeetingSeriesCreateManyInput>;
export type MeetingRow = Row<Prisma.MeetingCreateManyInput>;
export type ParticipationRow = Row<Prisma.ParticipationCreateManyInput>;
export type DocumentRow = Row<Prisma.DocumentCreateManyInput>;
export type RevisionRow = Prisma.RevisionCreateManyInput;

/** Every row of a generated archive, in the order they can be inserted (parents before children). */
export interface ArchivePlan {
  countries: CountryRow[];
  organizations: OrganizationRow[];
  memberships: MembershipRow[];
  posts: PostRow[];
  people: PersonRow[];
  occupancies: OccupancyRow[];
  chairmanships: ChairmanshipRow[];
  series: SeriesRow[];
  meetings: MeetingRow[];
  participations: ParticipationRow[];
  documents: DocumentRow[];
  /** One initial revision per record with a history, holding the record as stored. */
  revisions: RevisionRow[];
}

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (year: number) => Math.floor(Date.UTC(year, 0, 1) / 86_400_000);

/** Picks unused slugs: appends -2, -3, … to a taken one. */
function slugMaker() {
  const taken = new Set<string>();
  return (base: string) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}

interface Term {
  personIndex: number;
  occupancyId: string;
  startDate: string;
  endDate: string | null;
}

/** The term of a post on a date, if someone held it then. */
function holderOn(terms: Term[], date: string): Term | undefined {
  return terms.find((t) => t.startDate <= date && (t.endDate === null || date < t.endDate));
}

/**
 * Makes up an archive from a seed: countries, organizations with bodies, memberships, posts and their holders over
 * the years, chairmanships, meetings with participants and documents. Nothing here reads the clock or the
 * database, so one seed always gives the same rows.
 */
export function planArchive(options: ArchiveOptions): ArchivePlan {
  const random = new Random(options.seed);
  const firstYear = LAST_YEAR - options.years + 1;
  const firstDay = dayOf(firstYear);
  const lastDay = dayOf(LAST_YEAR + 1) - 1;
  const randomDate = (from = firstDay) => iso(random.int(from, lastDay));

  // Countries, with iso2 codes from ISO 3166's user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ) that the reference data
  // does not use (it holds Kosovo as XK), so an archive generates into a database the reference load has filled.
  const codes = [
    ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").map((c) => `X${c}`),
    ..."MNOPQRSTUVWXYZ".split("").map((c) => `Q${c}`),
    "AA",
    "ZZ",
  ].filter((code) => !REFERENCE_ISO2.has(code));
  const countrySlug = slugMaker();
  const countries: CountryRow[] = codes.slice(0, COUNTRIES).map((iso2, i) => {
    const name = countryName([
      random.int(0, SYLLABLE_COUNT - 1),
      random.int(0, SYLLABLE_COUNT - 1),
      ...(random.chance(0.5) ? [random.int(0, SYLLABLE_COUNT - 1)] : []),
    ]);
    return {
      id: generatedId("co", i),
      slug: countrySlug(nameSlug(name.en)),
      iso2,
      iso3: null,
      nameI18n: name,
      officialNameI18n: { en: `Republic of ${name.en}`, ru: `Республика ${name.ru}`, zh: `${name.zh}共和国` },
      otherNames: [],
      demonyms: [],
      ...referenceStamp,
    } satisfies CountryRow;
  });

  // Organizations: a quarter are intergovernmental organizations, the rest their bodies.
  const topCount = Math.max(1, Math.ceil(options.organizations / 4));
  const orgSlug = slugMaker();
  const names = random.sample(
    ORGANIZATION_REGIONS.flatMap((region) => ORGANIZATION_KINDS.map((kind) => [region, kind] as const)),
    topCount,
  );
  const organizations: OrganizationRow[] = [];
  const tops: { row: OrganizationRow; bodies: OrganizationRow[]; members: CountryRow[]; founded: number }[] =
    [];
  for (let i = 0; i < topCount; i++) {
    const [region, kind] = names[i % names.length]!;
    const suffix = i < names.length ? "" : ` ${Math.floor(i / names.length) + 1}`;
    const name: Spelled = {
      en: `${region[0]} ${kind[0]}${suffix}`,
      ru: `${region[1]} ${kind[1]}${suffix}`,
      zh: `${region[2]}${kind[2]}${suffix}`,
    };
    const founded = random.int(firstYear - 20, firstYear);
    const row: OrganizationRow = {
      id: generatedId("or", organizations.length),
      slug: orgSlug(nameSlug(name.en)),
      nameI18n: name,
      abbreviationI18n: {
        en: name.en
          .split(/\s+/)
          .map((w) => w.charAt(0))
          .join("")
          .toUpperCase(),
      },
      otherNames: [],
      classification: "igo",
      parentId: null,
      foundingDate: String(founded),
      dissolutionDate: null,
      officialLanguages: ["en", "ru", "zh"],
      ...referenceStamp,
    };
    organizations.push(row);
    tops.push({ row, bodies: [], members: random.sample(countries, random.int(6, 16)), founded });
  }
  for (let i = 0; organizations.length < options.organizations; i++) {
    const top = tops[i % tops.length]!;
    const body = BODIES[top.bodies.length % BODIES.length]!;
    const round = Math.floor(top.bodies.length / BODIES.length);
    const extra = round ? ` ${round + 1}` : "";
    const name = top.row.nameI18n as unknown as Spelled;
    const row: OrganizationRow = {
      id: generatedId("or", organizations.length),
      slug: orgSlug(nameSlug(`${body[0]} of the ${name.en}${extra}`)),
      nameI18n: {
        en: `${body[0]} of the ${name.en}${extra}`,
        ru: `${body[1]} (${name.ru})${extra}`,
        zh: `${name.zh}${body[2]}${extra}`,
      },
      abbreviationI18n: null,
      otherNames: [],
      classification: "igo_organ",
      parentId: top.row.id,
      foundingDate: top.row.foundingDate,
      dissolutionDate: null,
      officialLanguages: [],
      ...referenceStamp,
    };
    organizations.push(row);
    top.bodies.push(row);
  }
  for (const top of tops) if (top.bodies.length === 0) top.bodies.push(top.row);

  const memberships: MembershipRow[] = tops.flatMap((top) =>
    top.members.map((country, i) => ({
      id: generatedId("om", 0),
      organizationId: top.row.id,
      countryId: country.id,
      status: i < 4 ? ("founding_member" as const) : ("member" as const),
      startDate: i < 4 ? String(top.founded) : String(random.int(top.founded, LAST_YEAR)),
      endDate: null,
      sources: [],
      ...stamp,
    })),
  );
  memberships.forEach((m, i) => (m.id = generatedId("om", i)));

  // Posts: three per country, one head per organization.
  const posts: PostRow[] = [];
  const postSlug = slugMaker();
  const addPost = (
    label: Spelled,
    role: PostRow["role"],
    countryId: string | null,
    organizationId: string | null,
  ) => {
    const row: PostRow = {
      id: generatedId("po", posts.length),
      slug: postSlug(nameSlug(label.en)),
      labelI18n: label,
      role,
      organizationId,
      countryId,
      ...referenceStamp,
    };
    posts.push(row);
    return row;
  };
  const countryPosts = new Map<string, { head: PostRow; government: PostRow; foreign: PostRow }>();
  for (const country of countries) {
    const n = country.nameI18n as unknown as Spelled;
    countryPosts.set(country.id, {
      head: addPost(
        { en: `President of ${n.en}`, ru: `Президент ${n.ru}`, zh: `${n.zh}总统` },
        "head_of_state",
        country.id,
        null,
      ),
      government: addPost(
        { en: `Prime Minister of ${n.en}`, ru: `Премьер-министр ${n.ru}`, zh: `${n.zh}总理` },
        "head_of_government",
        country.id,
        null,
      ),
      foreign: addPost(
        {
          en: `Minister of Foreign Affairs of ${n.en}`,
          ru: `Министр иностранных дел ${n.ru}`,
          zh: `${n.zh}外交部长`,
        },
        "minister",
        country.id,
        null,
      ),
    });
  }
  const organizationHeads = new Map<string, PostRow>();
  for (const top of tops) {
    const n = top.row.nameI18n as unknown as Spelled;
    organizationHeads.set(
      top.row.id,
      addPost(
        {
          en: `Secretary-General of the ${n.en}`,
          ru: `Генеральный секретарь (${n.ru})`,
          zh: `${n.zh}秘书长`,
        },
        "head_of_igo",
        null,
        top.row.id,
      ),
    );
  }

  // People: a third each with Latin, Cyrillic and Chinese names.
  const personSlug = slugMaker();
  const people: PersonRow[] = [];
  for (let i = 0; i < options.people; i++) {
    let given: Spelled;
    let family: Spelled;
    let chineseOrder = false;
    const script = i % 3;
    if (script === 0) {
      given = { en: random.pick(LATIN_GIVEN) };
      family = { en: random.pick(LATIN_FAMILY) };
    } else if (script === 1) {
      const [gl, gc] = random.pick(CYRILLIC_GIVEN);
      const [fl, fc] = random.pick(CYRILLIC_FAMILY);
      given = { en: gl, ru: gc };
      family = { en: fl, ru: fc };
    } else {
      const [gl, gc] = random.pick(CHINESE_GIVEN);
      const [fl, fc] = random.pick(CHINESE_FAMILY);
      given = { en: gl, zh: gc };
      family = { en: fl, zh: fc };
      chineseOrder = true;
    }
    const en = chineseOrder ? `${family.en} ${given.en}` : `${given.en} ${family.en}`;
    const nameI18n: Spelled = { en };
    if (given.ru && family.ru) nameI18n.ru = `${given.ru} ${family.ru}`;
    if (given.zh && family.zh) nameI18n.zh = `${family.zh}${given.zh}`;
    people.push({
      id: generatedId("pe", i),
      slug: personSlug(nameSlug(en)),
      nameI18n,
      givenName: given.en,
      familyName: family.en,
      sortName: `${family.en}, ${given.en}`,
      otherNames: [],
      birthDate: String(random.int(firstYear - 70, firstYear - 25)),
      summaryI18n: null,
      ...referenceStamp,
    });
  }

  // Terms of office: each post passes from holder to holder every two to eight years.
  const occupancies: OccupancyRow[] = [];
  const terms = new Map<string, Term[]>();
  let nextHolder = 0;
  for (const post of posts) {
    const list: Term[] = [];
    let day = firstDay - random.int(0, 365 * 4);
    while (day <= lastDay && people.length > 0) {
      const end = day + random.int(365 * 2, 365 * 8);
      const personIndex = nextHolder++ % people.length;
      const occupancy: OccupancyRow = {
        id: generatedId("oc", occupancies.length),
        personId: people[personIndex]!.id,
        postId: post.id,
        startDate: iso(day),
        endDate: end > lastDay ? null : iso(end),
        qualifier: null,
        sources: [],
        ...stamp,
      };
      occupancies.push(occupancy);
      list.push({
        personIndex,
        occupancyId: occupancy.id,
        startDate: occupancy.startDate!,
        endDate: occupancy.endDate,
      });
      day = end;
    }
    terms.set(post.id, list);
  }

  // Chairmanships: each organization's chair rotates yearly among its members.
  const chairmanships: ChairmanshipRow[] = [];
  const chairs = new Map<string, ChairmanshipRow[]>();
  for (const top of tops) {
    const list: ChairmanshipRow[] = [];
    for (let year = Math.max(firstYear, top.founded); year <= LAST_YEAR; year++) {
      const row: ChairmanshipRow = {
        id: generatedId("ch", chairmanships.length),
        organizationId: top.row.id,
        countryId: top.members[(year - firstYear) % top.members.length]!.id,
        startDate: `${year}-07-01`,
        endDate: year === LAST_YEAR ? null : `${year + 1}-07-01`,
        startedAtMeetingId: null,
        endedAtMeetingId: null,
        themeI18n: null,
        sources: [],
        ...stamp,
      };
      chairmanships.push(row);
      list.push(row);
    }
    chairs.set(top.row.id, list);
  }

  const series: SeriesRow[] = tops.map((top, i) => {
    const n = top.row.nameI18n as unknown as Spelled;
    return {
      id: generatedId("ms", i),
      organizationId: top.row.id,
      nameI18n: { en: `Meetings of the ${n.en}`, ru: `Заседания (${n.ru})`, zh: `${n.zh}会议` },
      ...stamp,
    };
  });

  // Meetings: spread over the years and the organizations' bodies, numbered in order per body.
  const drafts = Array.from({ length: options.meetings }, () => {
    const t = random.int(0, tops.length - 1);
    const top = tops[t]!;
    return {
      top,
      series: series[t]!,
      body: random.pick(top.bodies),
      date: randomDate(Math.max(firstDay, dayOf(top.founded))),
    };
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ordinals = new Map<string, number>();
  const meetingSlugOf = slugMaker();
  const documentSlugOf = slugMaker();
  const meetings: MeetingRow[] = [];
  const participations: ParticipationRow[] = [];
  const documents: DocumentRow[] = [];
  const records: StoredMeetingRecord[] = [];
  const averageDocuments = Math.min(40, Math.max(3, options.documents / Math.max(1, options.meetings)));
  // 3 + 37·r^k has mean 3 + 37/(k+1): k makes the per-meeting counts average out to the documents asked for.
  const documentSkew = averageDocuments <= 3 ? 1e9 : Math.max(0, 37 / (averageDocuments - 3) - 1);
  const pool = people.map((_, i) => i);

  const addDocument = (
    kind: (typeof DOCUMENT_KINDS)[number],
    subject: [string, string, string],
    date: string,
    bodyId: string,
    meetingId: string | null,
    listOrder: number,
  ): DocumentRow => {
    const title: Spelled = {
      en: `${kind.words[0]} ${subject[0]}`,
      ru: `${kind.words[1]} ${subject[1]}`,
      zh: `${kind.words[2]}${subject[2]}`,
    };
    const row: DocumentRow = {
      id: generatedId("do", documents.length),
      slug: documentSlugOf(documentSlug(title.en, date)),
      titleI18n: title,
      type: kind.type,
      adoptingBodyId: bodyId,
      meetingId,
      action: kind.type === "agreement" ? "signed" : "adopted",
      dateAdopted: date,
      validFrom: null,
      validTo: null,
      legalForce: kind.type === "agreement" ? "binding" : "political",
      legalStatus: null,
      listOrder,
      status: "published",
      ...referenceStamp,
    };
    documents.push(row);
    return row;
  };

  for (const [m, draft] of drafts.entries()) {
    const ordinal = (ordinals.get(draft.body.id) ?? 0) + 1;
    ordinals.set(draft.body.id, ordinal);
    const body = draft.body.nameI18n as unknown as Spelled;
    const title: Spelled = {
      en: `Meeting No. ${ordinal} of the ${body.en}`,
      ru: `Заседание № ${ordinal}: ${body.ru}`,
      zh: `${body.zh}第${ordinal}次会议`,
    };
    const chair = chairs.get(draft.top.row.id)!.findLast((c) => c.startDate <= draft.date);
    const host = chair ? countries.find((c) => c.id === chair.countryId)! : random.pick(draft.top.members);
    const bodyIndex = draft.top.bodies.indexOf(draft.body) % BODIES.length;
    const meeting: MeetingRow = {
      id: generatedId("me", m),
      slug: meetingSlugOf(meetingSlug(title.en, draft.date)),
      seriesId: draft.series.id,
      bodyId: draft.body.id,
      ordinal,
      titleI18n: title,
      classification: random.chance(0.05)
        ? "extraordinary"
        : (["summit", "ministerial", "council_meeting", "other", "ministerial"] as const)[bodyIndex]!,
      startDate: draft.date,
      endDate: draft.date,
      attendanceMode: random.chance(0.1) ? "online" : "in_person",
      venueCity: null,
      venueCountryId: host.id,
      hostCountryId: host.id,
      coChaired: false,
      summaryI18n: {
        en: `The ${body.en} met for the ${ordinal}. time, hosted by ${(host.nameI18n as unknown as Spelled).en}.`,
      },
      status: "published",
      sources: [{ title: `Press release on ${title.en}`, publishedAt: draft.date }],
      identifiers: [],
      version: 1,
      createdAt: GENERATED_AT,
      updatedAt: GENERATED_AT,
      deletedAt: null,
      ...NO_EDITORIAL_WORKFLOW,
    };
    meetings.push(meeting);

    // Participants: each member's delegation head (the holder of the post the body gathers), then others.
    const wanted = random.int(8, 60);
    const seen = new Set<number>();
    const mine: ParticipationRow[] = [];
    const add = (
      personIndex: number,
      term: Term | undefined,
      country: CountryRow,
      role: ParticipationRow["role"],
      title: string,
    ) => {
      if (seen.has(personIndex) || mine.length >= wanted) return;
      seen.add(personIndex);
      mine.push({
        id: generatedId("pa", participations.length + mine.length),
        meetingId: meeting.id,
        personId: people[personIndex]!.id,
        occupancyId: term?.occupancyId ?? null,
        titleAsStated: title,
        representingCountryId: country.id,
        representingOrganizationId: null,
        category: "member_state",
        role,
        mode: meeting.attendanceMode === "online" ? "videoconference" : "in_person",
        protocolOrder: mine.length + 1,
        ...stamp,
      });
    };
    const members = [host, ...draft.top.members.filter((c) => c.id !== host.id)];
    for (const [i, country] of members.entries()) {
      const postsOf = countryPosts.get(country.id)!;
      const post = bodyIndex === 1 ? postsOf.foreign : bodyIndex === 2 ? postsOf.government : postsOf.head;
      const term = holderOn(terms.get(post.id)!, draft.date);
      if (term)
        add(
          term.personIndex,
          term,
          country,
          i === 0 ? "chair" : "head_of_delegation",
          (post.labelI18n as unknown as Spelled).en,
        );
    }
    for (let tries = 0; mine.length < Math.min(wanted, people.length) && tries < wanted * 10; tries++) {
      add(random.pick(pool), undefined, random.pick(members), "participant", "Member of the delegation");
    }
    participations.push(...mine);

    // Documents: 3 to 40, most meetings adopting a few and some many.
    const count = Math.min(40, 3 + Math.floor(37.999 * random.next() ** documentSkew));
    const adopted: DocumentRow[] = [];
    for (let d = 0; d < count && (documents.length < options.documents || d < 3); d++) {
      adopted.push(
        addDocument(
          random.pick(DOCUMENT_KINDS),
          random.pick(DOCUMENT_SUBJECTS),
          draft.date,
          draft.body.id,
          meeting.id,
          d + 1,
        ),
      );
    }
    records.push(meetingRecord(meeting, mine, adopted));
  }
  // Documents left over are adopted outside any meeting (written procedure).
  const bodies = tops.flatMap((t) => t.bodies);
  while (documents.length < options.documents && bodies.length > 0) {
    addDocument(
      random.pick(DOCUMENT_KINDS),
      random.pick(DOCUMENT_SUBJECTS),
      randomDate(),
      random.pick(bodies).id,
      null,
      0,
    );
  }

  const revisions: RevisionRow[] = [];
  const revise = (entityType: RevisionRow["entityType"], row: { id: string }) =>
    revisions.push({
      id: generatedId("rv", revisions.length),
      entityType,
      entityId: row.id,
      version: 1,
      at: GENERATED_AT,
      // As JSON, as the insert sends it (dates become ISO strings there).
      after: row as unknown as Prisma.InputJsonValue,
      via: "generate",
    });
  countries.forEach((r) => revise("country", r));
  organizations.forEach((r) => revise("organization", r));
  memberships.forEach((r) => revise("org_membership", r));
  posts.forEach((r) => revise("post", r));
  people.forEach((r) => revise("person", r));
  occupancies.forEach((r) => revise("occupancy", r));
  chairmanships.forEach((r) => revise("chairmanship", r));
  series.forEach((r) => revise("meeting_series", r));
  records.forEach((r) => revise("meeting", r));
  documents.forEach((r) => revise("document", r));

  return {
    countries,
    organizations,
    memberships,
    posts,
    people,
    occupancies,
    chairmanships,
    series,
    meetings,
    participations,
    documents,
    revisions,
  };
}

/** The meeting as loadMeetingRecord reads it back: what its first revision holds. */
function meetingRecord(
  meeting: MeetingRow,
  participations: ParticipationRow[],
  documents: DocumentRow[],
): StoredMeetingRecord {
  return {
    id: meeting.id,
    version: 1,
    slug: meeting.slug,
    status: "published",
    deletedAt: null,
    seriesId: meeting.seriesId,
    bodyId: meeting.bodyId,
    ordinal: meeting.ordinal,
    titleI18n: meeting.titleI18n as StoredMeetingRecord["titleI18n"],
    classification: meeting.classification,
    startDate: meeting.startDate,
    endDate: meeting.endDate,
    attendanceMode: meeting.attendanceMode,
    venue: meeting.venueCountryId ? { countryId: meeting.venueCountryId } : null,
    hostCountryId: meeting.hostCountryId,
    coChaired: meeting.coChaired,
    topicIds: [],
    summaryI18n: meeting.summaryI18n as StoredMeetingRecord["summaryI18n"],
    sources: meeting.sources as StoredMeetingRecord["sources"],
    identifiers: [],
    participations: participations.map((p) => ({ id: p.id, ...participationFields(p) })),
    documents: documents.map((d) => ({
      key: d.id,
      id: d.id,
      version: 1,
      slug: d.slug,
      titleI18n: d.titleI18n as StoredMeetingRecord["titleI18n"],
      type: d.type,
      adoptingBodyId: d.adoptingBodyId,
      action: d.action,
      dateAdopted: d.dateAdopted,
      validFrom: d.validFrom,
      validTo: d.validTo,
      legalForce: d.legalForce,
      legalStatus: d.legalStatus,
      topicIds: [],
      sources: [],
      identifiers: [],
      actions: [],
      texts: [],
      relations: [],
    })),
    tallies: [],
    chairmanships: [],
    speeches: [],
  } as StoredMeetingRecord;
}
