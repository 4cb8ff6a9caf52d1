// Which cached public pages a write made stale, recorded in the write's own transaction. Every versioned write
// (versioned-write.ts) calls markPublicPagesStale, so no edit of any record can forget to refresh the site, and the
// request commits or rolls back with the change itself: a refresh is never lost, and a refused write asks for none.
// The API delivers the stored requests after the transaction commits (packages/api/src/revalidate.ts).
//
// A change names the record's own page, the lists of its kind, and the page of every other record whose public read
// shows it (apps/web public-read-tags.ts tags each detail read with its own page only). What each page shows is
// read from the repositories behind the site's reads; public-read-tags.integration.test.ts (apps/web) checks, on the
// seeded archive, that every read answer holding a record is cached under a tag its change names.
import { cacheTags, PageKind } from "@plenary/domain";
import type { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import type { Tx } from "./versioned-write";

/** Above this many meetings, their series neighbours are every meeting of their series (one query, not two each). */
const MAX_NEIGHBOUR_LOOKUPS = 20;

/**
 * The pages that show meetings in a summary with their body and number of participants (their own, their series
 * neighbours', their countries', bodies' and topics'); a person's page lists them without either, a document's too.
 */
const SUMMARIES_ONLY = { documents: false, people: false };

type SlugTable = {
  findUnique(args: object): Promise<{ slug: string } | null>;
  /** Meetings' rows carry their start date too, when asked for it. */
  findMany(args: object): Promise<{ slug: string; startDate?: string | null }[]>;
};

const table = (tx: Tx, kind: PageKind) => tx[kind as "person"] as unknown as SlugTable;

/** The record's current slug and its old ones: old addresses redirect to its page, so their redirects are stale. */
async function slugsOf(tx: Tx, kind: PageKind, id: string): Promise<string[]> {
  const row = await table(tx, kind).findUnique({ where: { id }, select: { slug: true } });
  const redirects = await tx.slugRedirect.findMany({
    where: { entityType: kind, entityId: id },
    select: { slug: true },
  });
  return [...(row ? [row.slug] : []), ...redirects.map((r) => r.slug)];
}

/**
 * The ids of the records whose pages a change shows on, by kind; resolved to page tags at the end. Posts have no
 * public page of their own on the site (nothing reads one, apps/web public-read-tags.ts), so no change names one
 * but a post's own; each tag costs the site's shared cache a scan of its entries.
 */
class Pages {
  readonly ids = new Map<PageKind, Set<string>>(PageKind.options.map((kind) => [kind, new Set<string>()]));
  constructor(private readonly tx: Tx) {}

  add(kind: PageKind, ...ids: (string | null | undefined)[]): void {
    for (const id of ids) if (id) this.ids.get(kind)!.add(id);
  }

  /**
   * Organizations and every organization above them: a body's page shows its parent, a parent lists its bodies.
   * With `members`, for a change that can make them public or not (a published meeting or document referring to
   * them, a post, a handover), also the countries that are or were their members or chairs: a country's page lists
   * its memberships and chairs in public organizations only.
   */
  async addOrganizations(ids: (string | null | undefined)[], { members = false } = {}): Promise<void> {
    let level = ids.filter((id): id is string => !!id);
    const all: string[] = [];
    for (let depth = 0; level.length > 0 && depth < 6; depth++) {
      this.add("organization", ...level);
      all.push(...level);
      const rows = await this.tx.organization.findMany({
        where: { id: { in: level }, parentId: { not: null } },
        select: { parentId: true },
      });
      level = rows.map((r) => r.parentId!).filter((id) => !all.includes(id));
    }
    if (!members || all.length === 0) return;
    const [memberships, chairs] = await Promise.all([
      this.tx.orgMembership.findMany({ where: { organizationId: { in: all } }, select: { countryId: true } }),
      this.tx.chairmanship.findMany({ where: { organizationId: { in: all } }, select: { countryId: true } }),
    ]);
    this.add("country", ...[...memberships, ...chairs].map((r) => r.countryId));
  }

  /** Topics and every topic above them (a topic's page lists its narrower topics and links its parent). */
  async addTopics(ids: (string | null | undefined)[]): Promise<void> {
    let level = ids.filter((id): id is string => !!id);
    for (let depth = 0; level.length > 0 && depth < 6; depth++) {
      this.add("topic", ...level);
      const rows = await this.tx.topic.findMany({
        where: { id: { in: level }, parentId: { not: null } },
        select: { parentId: true },
      });
      level = rows.map((r) => r.parentId!).filter((id) => !this.ids.get("topic")!.has(id));
    }
  }

  /**
   * Everything that shows these meetings or lists them in a summary (title, dates, body, number of participants):
   * their pages and their series neighbours', the countries that hosted, received or were represented at them or
   * handed over a chair there, their bodies up the tree, the organizations represented (whose visibility they make),
   * their topics, and, unless left out (SUMMARIES_ONLY), their participants' and speakers' pages and their documents
   * with whatever shows those.
   */
  async addMeetings(
    where: Prisma.MeetingWhereInput,
    { documents = true, people = true } = {},
  ): Promise<void> {
    const tx = this.tx;
    const [meetings, participations, speeches, chairs, topics] = await Promise.all([
      tx.meeting.findMany({
        where,
        select: {
          id: true,
          seriesId: true,
          startDate: true,
          bodyId: true,
          hostCountryId: true,
          venueCountryId: true,
        },
      }),
      tx.participation.findMany({
        where: { meeting: where },
        select: {
          personId: true,
          representingCountryId: true,
          representingOrganizationId: true,
          occupancy: { select: { post: { select: { id: true, organizationId: true, countryId: true } } } },
        },
      }),
      tx.speech.findMany({ where: { meeting: where }, select: { personId: true } }),
      tx.chairmanship.findMany({
        where: { OR: [{ startedAtMeeting: where }, { endedAtMeeting: where }] },
        select: { organizationId: true, countryId: true },
      }),
      tx.meetingTopic.findMany({ where: { meeting: where }, select: { topicId: true } }),
    ]);
    if (meetings.length === 0) return;
    this.add("meeting", ...meetings.map((m) => m.id));
    const organizations: (string | null)[] = [];
    for (const m of meetings) {
      this.add("country", m.hostCountryId, m.venueCountryId);
      organizations.push(m.bodyId);
    }
    await this.addNeighbours(meetings);
    for (const p of participations) {
      if (people) this.add("person", p.personId);
      this.add("country", p.representingCountryId, p.occupancy?.post.countryId);
      organizations.push(p.representingOrganizationId, p.occupancy?.post.organizationId ?? null);
    }
    if (people) for (const s of speeches) this.add("person", s.personId);
    // A post is public once a participation in a public meeting names it: its holders' pages list it from then on.
    const posts = [...new Set(participations.flatMap((p) => (p.occupancy ? [p.occupancy.post.id] : [])))];
    if (people && posts.length > 0) {
      const holders = await tx.occupancy.findMany({
        where: { postId: { in: posts } },
        select: { personId: true },
      });
      this.add("person", ...holders.map((o) => o.personId));
    }
    for (const c of chairs) {
      this.add("country", c.countryId);
      organizations.push(c.organizationId);
    }
    await this.addOrganizations(organizations, { members: documents });
    await this.addTopics(topics.map((t) => t.topicId));
    if (documents) {
      const rows = await tx.document.findMany({ where: { meeting: where }, select: { id: true } });
      await this.addDocuments(rows.map((d) => d.id));
    }
  }

  /**
   * The published meetings just before and after each meeting in its series: their pages link to the meeting
   * between. For more than a few meetings (an organization's), every meeting of their series.
   */
  private async addNeighbours(
    meetings: { id: string; seriesId: string | null; startDate: string | null }[],
  ): Promise<void> {
    const inSeries = meetings.filter((m) => m.seriesId && m.startDate);
    if (inSeries.length > MAX_NEIGHBOUR_LOOKUPS) {
      const rows = await this.tx.meeting.findMany({
        where: { seriesId: { in: [...new Set(inSeries.map((m) => m.seriesId!))] } },
        select: { id: true },
      });
      return this.add("meeting", ...rows.map((r) => r.id));
    }
    for (const m of inSeries) await this.addNeighbour(m.seriesId!, m.startDate!, m.id);
  }

  private async addNeighbour(seriesId: string, startDate: string, id: string): Promise<void> {
    const around = { seriesId, status: "published", deletedAt: null, NOT: { id } } as const;
    const [previous, next] = await Promise.all([
      this.tx.meeting.findFirst({
        where: { ...around, startDate: { lt: startDate } },
        orderBy: { startDate: "desc" },
        select: { id: true },
      }),
      this.tx.meeting.findFirst({
        where: { ...around, startDate: { gt: startDate } },
        orderBy: { startDate: "asc" },
        select: { id: true },
      }),
    ]);
    this.add("meeting", previous?.id, next?.id);
  }

  /**
   * Everything that shows these documents: their pages and the pages of the documents related to them (which list
   * them), the meetings of both (a meeting page lists its documents and their relations), the topics that list them
   * and their adopting bodies up the tree (whose visibility they make).
   */
  async addDocuments(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const tx = this.tx;
    const [relations, topics] = await Promise.all([
      tx.documentRelation.findMany({
        where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }] },
        select: { fromId: true, toId: true },
      }),
      tx.documentTopic.findMany({ where: { documentId: { in: ids } }, select: { topicId: true } }),
    ]);
    const shown = [...new Set([...ids, ...relations.flatMap((r) => [r.fromId, r.toId])])];
    this.add("document", ...shown);
    const documents = await tx.document.findMany({
      where: { id: { in: shown } },
      select: { id: true, meetingId: true, adoptingBodyId: true },
    });
    for (const d of documents) this.add("meeting", d.meetingId);
    await this.addOrganizations(
      documents.filter((d) => ids.includes(d.id)).map((d) => d.adoptingBodyId),
      { members: true },
    );
    await this.addTopics(topics.map((t) => t.topicId));
  }

  /** Pages that show these participations: the meeting's, the person's, the represented country's. */
  async addParticipations(where: object): Promise<void> {
    const rows = await this.tx.participation.findMany({
      where,
      select: { meetingId: true, personId: true, representingCountryId: true },
    });
    for (const p of rows) {
      this.add("meeting", p.meetingId);
      this.add("person", p.personId);
      this.add("country", p.representingCountryId);
    }
  }

  /** Pages that show these posts: their holders' pages and every page that shows a participation in them. */
  async addPosts(postIds: string[]): Promise<void> {
    if (postIds.length === 0) return;
    const occupancies = await this.tx.occupancy.findMany({
      where: { postId: { in: postIds } },
      select: { personId: true },
    });
    this.add("person", ...occupancies.map((o) => o.personId));
    await this.addParticipations({ occupancy: { postId: { in: postIds } } });
  }

  /**
   * The pages' tags, and for the meetings the archive's years they start in: a year's page lists its meetings in a
   * summary (title, dates, body, number of participants), and whatever changes a summary makes its meeting's page
   * stale too. (A change named before and after, as a meeting moved to another year, names both years.)
   */
  async tags(): Promise<string[]> {
    const tags: string[] = [];
    for (const [kind, ids] of this.ids) {
      if (ids.size === 0) continue;
      const rows = await table(this.tx, kind).findMany({
        where: { id: { in: [...ids] } },
        select: kind === "meeting" ? { slug: true, startDate: true } : { slug: true },
      });
      for (const row of rows) {
        tags.push(cacheTags.page(kind, row.slug));
        if (row.startDate) tags.push(cacheTags.archiveYear(row.startDate.slice(0, 4)));
      }
    }
    return [...new Set(tags)];
  }
}

/** Collects, for each kind of record, the pages other than its own that show it. */
async function pagesShowing(pages: Pages, tx: Tx, entityType: Exclude<EntityType, "user">, id: string) {
  switch (entityType) {
    case "meeting":
      return pages.addMeetings({ id });
    case "document":
      return pages.addDocuments([id]);
    case "meeting_series": {
      const meetings = await tx.meeting.findMany({ where: { seriesId: id }, select: { id: true } });
      return pages.add("meeting", ...meetings.map((m) => m.id));
    }
    case "person": {
      const person = await tx.person.findUnique({ where: { id }, select: { deletedAt: true } });
      const [participations, speeches] = await Promise.all([
        tx.participation.findMany({ where: { personId: id }, select: { meetingId: true } }),
        tx.speech.findMany({ where: { personId: id }, select: { meetingId: true } }),
      ]);
      const meetings = [...new Set([...participations, ...speeches].map((r) => r.meetingId))];
      // A person in the trash is left out of their meetings, and out of the number of participants every summary
      // of those meetings shows; a plain edit shows only on the pages that show the person.
      if (person?.deletedAt) return pages.addMeetings({ id: { in: meetings } }, SUMMARIES_ONLY);
      pages.add("meeting", ...meetings);
      return pages.addParticipations({ personId: id });
    }
    case "post": {
      const post = await tx.post.findUnique({
        where: { id },
        select: { organizationId: true, countryId: true },
      });
      pages.add("country", post?.countryId);
      await pages.addOrganizations([post?.organizationId], { members: true });
      return pages.addPosts([id]);
    }
    case "occupancy": {
      const occupancy = await tx.occupancy.findUnique({
        where: { id },
        select: { personId: true, postId: true },
      });
      pages.add("person", occupancy?.personId);
      return pages.addParticipations({ occupancyId: id });
    }
    case "country": {
      const [meetings, chairs, memberships, posts] = await Promise.all([
        tx.meeting.findMany({
          where: { OR: [{ hostCountryId: id }, { venueCountryId: id }] },
          select: { id: true },
        }),
        tx.chairmanship.findMany({
          where: { countryId: id },
          select: { organizationId: true, startedAtMeetingId: true, endedAtMeetingId: true },
        }),
        tx.orgMembership.findMany({ where: { countryId: id }, select: { organizationId: true } }),
        tx.post.findMany({ where: { countryId: id }, select: { id: true } }),
      ]);
      pages.add("meeting", ...meetings.map((m) => m.id));
      for (const c of chairs) pages.add("meeting", c.startedAtMeetingId, c.endedAtMeetingId);
      pages.add("organization", ...[...chairs, ...memberships].map((r) => r.organizationId));
      await pages.addParticipations({ representingCountryId: id });
      return pages.addPosts(posts.map((p) => p.id));
    }
    case "organization": {
      const organization = await tx.organization.findUnique({ where: { id }, select: { parentId: true } });
      const [bodies, chairs, memberships, posts, documents] = await Promise.all([
        tx.organization.findMany({ where: { parentId: id }, select: { id: true } }),
        tx.chairmanship.findMany({
          where: { organizationId: id },
          select: { countryId: true, startedAtMeetingId: true, endedAtMeetingId: true },
        }),
        tx.orgMembership.findMany({ where: { organizationId: id }, select: { countryId: true } }),
        tx.post.findMany({ where: { organizationId: id }, select: { id: true } }),
        tx.document.findMany({ where: { adoptingBodyId: id }, select: { id: true } }),
      ]);
      await pages.addOrganizations([organization?.parentId]);
      pages.add("organization", ...bodies.map((b) => b.id));
      // Its meetings name it as their body (or their body's parent) on their pages and in every summary of them.
      await pages.addMeetings({ OR: [{ bodyId: id }, { body: { parentId: id } }] }, SUMMARIES_ONLY);
      for (const c of chairs) pages.add("meeting", c.startedAtMeetingId, c.endedAtMeetingId);
      pages.add("country", ...[...chairs, ...memberships].map((r) => r.countryId));
      await pages.addParticipations({ representingOrganizationId: id });
      await pages.addPosts(posts.map((p) => p.id));
      return pages.addDocuments(documents.map((d) => d.id));
    }
    case "topic": {
      const [topic, children, meetings, documents] = await Promise.all([
        tx.topic.findUnique({ where: { id }, select: { parentId: true } }),
        tx.topic.findMany({ where: { parentId: id }, select: { id: true } }),
        tx.meetingTopic.findMany({ where: { topicId: id }, select: { meetingId: true } }),
        tx.documentTopic.findMany({ where: { topicId: id }, select: { documentId: true } }),
      ]);
      await pages.addTopics([topic?.parentId]);
      pages.add("topic", ...children.map((c) => c.id));
      pages.add("meeting", ...meetings.map((m) => m.meetingId));
      return pages.addDocuments(documents.map((d) => d.documentId));
    }
    case "org_membership": {
      const m = await tx.orgMembership.findUnique({
        where: { id },
        select: { organizationId: true, countryId: true },
      });
      pages.add("country", m?.countryId);
      return pages.addOrganizations([m?.organizationId]);
    }
    case "chairmanship": {
      const c = await tx.chairmanship.findUnique({
        where: { id },
        select: { organizationId: true, countryId: true, startedAtMeetingId: true, endedAtMeetingId: true },
      });
      pages.add("country", c?.countryId);
      pages.add("meeting", c?.startedAtMeetingId, c?.endedAtMeetingId);
      return pages.addOrganizations([c?.organizationId], { members: true });
    }
  }
}

/**
 * The tags of every public page that shows this record as it is now: its own page (and its old addresses), the
 * lists of its kind, and the pages of the other records that show it — the database's half of the domain's
 * cache-tag contract (`cacheTags`; the site tags its reads with the same names). A write that changes links calls it
 * before and after (updateVersioned), so the pages of a link it removes are named too.
 */
export async function publicPageTags(tx: Tx, entityType: EntityType, id: string): Promise<string[]> {
  if (entityType === "user") return [];
  const tags = new Set<string>(cacheTags.lists(entityType));
  const page = PageKind.safeParse(entityType);
  if (page.success)
    for (const slug of await slugsOf(tx, page.data, id)) tags.add(cacheTags.page(page.data, slug));
  const pages = new Pages(tx);
  await pagesShowing(pages, tx, entityType, id);
  for (const tag of await pages.tags()) tags.add(tag);
  return [...tags];
}

/** Every cached public page, for bulk loads and removals that touch records of every kind at once. */
export async function markEveryPageStale(tx: Tx): Promise<void> {
  const tags = [...new Set([...PageKind.options.map(cacheTags.list), cacheTags.everyPage])];
  await tx.revalidationRequest.create({ data: { tags } });
}

/** The outbox row each open transaction writes into, so that a save touching many records stores one request. */
const requestOfTransaction = new WeakMap<Tx, { id: string; tags: Set<string> }>();

/** Adds tags to the transaction's one outbox row (creating it on the first call). */
export async function markPagesStale(tx: Tx, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const open = requestOfTransaction.get(tx);
  if (!open) {
    const row = await tx.revalidationRequest.create({ data: { tags }, select: { id: true } });
    requestOfTransaction.set(tx, { id: row.id, tags: new Set(tags) });
    return;
  }
  const known = open.tags.size;
  tags.forEach((tag) => open.tags.add(tag));
  if (open.tags.size === known) return;
  await tx.revalidationRequest.update({ where: { id: open.id }, data: { tags: [...open.tags] } });
}

/** Stores, in the caller's transaction, the tags of the public pages this record appears on. */
export async function markPublicPagesStale(tx: Tx, entityType: EntityType, id: string): Promise<void> {
  await markPagesStale(tx, await publicPageTags(tx, entityType, id));
}

/** Stores, after a write, the tags its record's pages had before it together with the ones they have now. */
export async function markPublicPagesStaleSince(
  tx: Tx,
  entityType: EntityType,
  id: string,
  before: string[],
): Promise<void> {
  const after = await publicPageTags(tx, entityType, id);
  await markPagesStale(tx, [...new Set([...before, ...after])]);
}
