import {
  checkDateOrder,
  checkMembershipOverlaps,
  type CreateOccupancyInput,
  type CreateOrgMembershipInput,
  membershipRecordRefs,
  occupancyRecordRefs,
  type LocalizedText,
  type MeetingNewRecordsInput,
  type Occupancy,
  type OrgMembership,
  type RuleIssue,
  type UpdateOccupancyInput,
  type UpdateOrgMembershipInput,
} from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError, RuleViolationError } from "./errors";
import { toOccupancy, toOrgMembership } from "./mappers";
import type { SaveResult } from "./meeting-repository";
import { createdFirst, type NewRecordsWriter } from "./new-records-writer";
import {
  createVersioned,
  deleteVersioned,
  updateVersioned,
  type Tx,
  type WriteOptions,
} from "./versioned-write";

const englishOf = (text: unknown) => (text as LocalizedText | null)?.en ?? "";

/** A record an occupancy or membership refers to must exist and not be in the trash; otherwise an error at its field. */
function missing(found: unknown, field: string, noun: string): RuleIssue[] {
  return found
    ? []
    : [
        {
          rule: "reference",
          code: "missing_reference",
          severity: "error",
          path: [field],
          message: `No such ${noun} (or it is in the trash): pick another.`,
        },
      ];
}

function refuse(issues: RuleIssue[]): void {
  if (issues.some((issue) => issue.severity === "error")) throw new RuleViolationError(issues);
}

export type OccupancyEntry = Occupancy & { postLabelI18n: LocalizedText };
export type MembershipEntry = OrgMembership & { countryNameI18n: LocalizedText };

/**
 * Who held which post when, written one at a time (the person page, the meeting editor's "add a post held"): each
 * write is a revision, an update names the version it started from. Rule 1 (dates in order) and the person and post
 * existing are checked; the domain sets no overlap rule for occupancies (a person may hold two posts at once).
 */
export class OccupancyRepository {
  constructor(
    private readonly db: Db,
    private readonly newRecords?: NewRecordsWriter,
  ) {}

  async byId(id: string): Promise<Occupancy> {
    const row = await this.db.occupancy.findUnique({ where: { id } });
    if (!row) throw new RecordNotFoundError("occupancy", id);
    return toOccupancy(row);
  }

  /** A person's posts held, latest first, with the post's label. */
  async forPerson(personId: string): Promise<OccupancyEntry[]> {
    const rows = await this.db.occupancy.findMany({
      where: { personId },
      include: { post: { select: { labelI18n: true } } },
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    });
    return rows.map(({ post, ...row }) => ({
      ...toOccupancy(row),
      postLabelI18n: post.labelI18n as LocalizedText,
    }));
  }

  /**
   * Adds a post held; `newRecords` (a post made in its form's picker, and that post's new organization or country)
   * are created first in the same transaction, and the post held's temporary ids name them. A refusal creates none.
   */
  async create(
    input: CreateOccupancyInput,
    options: WriteOptions,
    newRecords?: MeetingNewRecordsInput,
  ): Promise<SaveResult<Occupancy>> {
    return this.db.$transaction(async (tx) => {
      const real = await createdFirst(
        this.newRecords,
        tx,
        occupancyRecordRefs(input),
        newRecords,
        "this post held",
        options,
      );
      const id = await this.createIn(
        tx,
        { ...input, personId: real(input.personId), postId: real(input.postId) },
        options,
      );
      return { record: toOccupancy((await tx.occupancy.findUnique({ where: { id } }))!), warnings: [] };
    });
  }

  /** Creates the post held inside a transaction someone else holds (a meeting's save); returns its id. */
  async createIn(tx: Tx, input: CreateOccupancyInput, options: WriteOptions): Promise<string> {
    const data = { qualifier: null, startDate: null, endDate: null, ...input };
    await this.check(tx, data);
    return createVersioned(tx, "occupancy", data, options);
  }

  async update(input: UpdateOccupancyInput, options: WriteOptions): Promise<SaveResult<Occupancy>> {
    return this.db.$transaction(async (tx) => {
      const { id, version, ...fields } = input;
      const stored = await tx.occupancy.findUnique({ where: { id } });
      if (!stored) throw new RecordNotFoundError("occupancy", id);
      await this.check(tx, { ...stored, ...fields });
      await updateVersioned(tx, "occupancy", id, version, fields, options);
      return { record: toOccupancy((await tx.occupancy.findUnique({ where: { id } }))!), warnings: [] };
    });
  }

  /** Refused while a participation names it as the post held that day: change those participations first. */
  async remove(id: string, version: number, options: WriteOptions): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.occupancy.findUnique({ where: { id } });
      const used = row ? await tx.participation.count({ where: { occupancyId: id } }) : 0;
      if (row && row.version === version && used > 0) {
        throw new RuleViolationError([
          {
            rule: "reference",
            code: "still_referenced",
            severity: "error",
            path: ["id"],
            message: `${used === 1 ? "A participation names" : `${used} participations name`} this post held as the one held that day; pick another post held there before removing it.`,
          },
        ]);
      }
      if (!row) throw new RecordNotFoundError("occupancy", id);
      await deleteVersioned(tx, "occupancy", row, version, (where) => tx.occupancy.deleteMany({ where }), {
        ...options,
        action: "removed",
      });
    });
  }

  private async check(
    tx: Tx,
    o: Pick<Occupancy, "personId" | "postId" | "startDate" | "endDate">,
  ): Promise<void> {
    const [person, post] = await Promise.all([
      tx.person.findFirst({ where: { id: o.personId, deletedAt: null }, select: { nameI18n: true } }),
      tx.post.findFirst({ where: { id: o.postId, deletedAt: null }, select: { labelI18n: true } }),
    ]);
    refuse([
      ...missing(person, "personId", "person"),
      ...missing(post, "postId", "post"),
      ...checkDateOrder(o, {
        subject:
          person && post
            ? `${englishOf(person.nameI18n)}'s term as ${englishOf(post.labelI18n)}`
            : "This term",
      }),
    ]);
  }
}

/**
 * A country's status in an organization over a half-open date range, written one at a time (the organization page).
 * Rule 1 and rule 5 are checked against the country's other memberships in that organization: one status at a time.
 */
export class MembershipRepository {
  constructor(
    private readonly db: Db,
    private readonly newRecords?: NewRecordsWriter,
  ) {}

  async byId(id: string): Promise<OrgMembership> {
    const row = await this.db.orgMembership.findUnique({ where: { id } });
    if (!row) throw new RecordNotFoundError("org_membership", id);
    return toOrgMembership(row);
  }

  /** An organization's member countries over time, by start date, with the country's name. */
  async forOrganization(organizationId: string): Promise<MembershipEntry[]> {
    const rows = await this.db.orgMembership.findMany({
      where: { organizationId },
      include: { country: { select: { nameI18n: true } } },
      orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    });
    return rows.map(({ country, ...row }) => ({
      ...toOrgMembership(row),
      countryNameI18n: country.nameI18n as LocalizedText,
    }));
  }

  /** Adds a membership; `newRecords` (a country made in its form's picker) are created first, in the same transaction. */
  async create(
    input: CreateOrgMembershipInput,
    options: WriteOptions,
    newRecords?: MeetingNewRecordsInput,
  ): Promise<SaveResult<OrgMembership>> {
    return this.db.$transaction(async (tx) => {
      const real = await createdFirst(
        this.newRecords,
        tx,
        membershipRecordRefs(input),
        newRecords,
        "this membership",
        options,
      );
      const data = {
        startDate: null,
        endDate: null,
        ...input,
        organizationId: real(input.organizationId),
        countryId: real(input.countryId),
      };
      await this.check(tx, data, null);
      const id = await createVersioned(tx, "org_membership", data, options);
      return {
        record: toOrgMembership((await tx.orgMembership.findUnique({ where: { id } }))!),
        warnings: [],
      };
    });
  }

  async update(input: UpdateOrgMembershipInput, options: WriteOptions): Promise<SaveResult<OrgMembership>> {
    return this.db.$transaction(async (tx) => {
      const { id, version, ...fields } = input;
      const stored = await tx.orgMembership.findUnique({ where: { id } });
      if (!stored) throw new RecordNotFoundError("org_membership", id);
      await this.check(tx, { ...stored, ...fields }, id);
      await updateVersioned(tx, "org_membership", id, version, fields, options);
      return {
        record: toOrgMembership((await tx.orgMembership.findUnique({ where: { id } }))!),
        warnings: [],
      };
    });
  }

  async remove(id: string, version: number, options: WriteOptions): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.orgMembership.findUnique({ where: { id } });
      if (!row) throw new RecordNotFoundError("org_membership", id);
      await deleteVersioned(
        tx,
        "org_membership",
        row,
        version,
        (where) => tx.orgMembership.deleteMany({ where }),
        {
          ...options,
          action: "removed",
        },
      );
    });
  }

  private async check(
    tx: Tx,
    m: Pick<OrgMembership, "organizationId" | "countryId" | "status" | "startDate" | "endDate">,
    ownId: string | null,
  ): Promise<void> {
    const [organization, country, others] = await Promise.all([
      tx.organization.findFirst({
        where: { id: m.organizationId, deletedAt: null },
        select: { nameI18n: true },
      }),
      tx.country.findFirst({ where: { id: m.countryId, deletedAt: null }, select: { nameI18n: true } }),
      tx.orgMembership.findMany({
        where: {
          organizationId: m.organizationId,
          countryId: m.countryId,
          ...(ownId ? { id: { not: ownId } } : {}),
        },
        orderBy: { id: "asc" },
      }),
    ]);
    const names = {
      countries: country ? { [m.countryId]: englishOf(country.nameI18n) } : {},
      organizations: organization ? { [m.organizationId]: englishOf(organization.nameI18n) } : {},
    };
    // The one being saved goes last, so an overlap is reported on it (and on its start date field).
    const overlaps = checkMembershipOverlaps([...others, m], names)
      .filter((issue) => issue.path[1] === others.length)
      .map((issue) => ({ ...issue, path: ["startDate"] }));
    refuse([
      ...missing(organization, "organizationId", "organization"),
      ...missing(country, "countryId", "country"),
      ...checkDateOrder(m, { subject: "This membership" }),
      ...overlaps,
    ]);
  }
}
