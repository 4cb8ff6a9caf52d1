import type { Chairmanship, Country, OrgMembership, Organization } from "@plenary/domain";
import type { Db } from "../client";
import { RecordNotFoundError } from "./errors";
import { toChairmanship, toCountry, toOrgMembership, toOrganization } from "./mappers";
import type { MeetingSummary } from "./meeting-repository";
import { meetingSummarySelect, newestMeetingsFirst, toMeetingSummary } from "./public-summaries";
import { publicOrganization, publishedMeeting } from "./visibility";

export interface OrganizationProfile {
  organization: Organization;
  parent: Organization | null;
  /** Its public bodies (organs, secretariat, permanent bodies), by English name. */
  bodies: Organization[];
  /** Every membership over time; the page picks the ones in force on a chosen date. */
  memberships: { membership: OrgMembership; country: Country }[];
  /** Every term, with the published meetings where it started and where it ended (null when not public). */
  chairmanships: {
    chairmanship: Chairmanship;
    country: Country;
    startedAtMeeting: { slug: string } | null;
    endedAtMeeting: { slug: string } | null;
  }[];
  /** Published meetings of it and of its bodies, newest first. */
  meetings: MeetingSummary[];
}

const meetingLink = { slug: true, status: true, deletedAt: true } as const;
const publicLink = (meeting: { slug: string; status: string; deletedAt: Date | null } | null) =>
  meeting && meeting.status === "published" && !meeting.deletedAt ? { slug: meeting.slug } : null;

/** A public organization page: reads only, in a fixed number of queries. */
export class OrganizationProfileRepository {
  constructor(private readonly db: Db) {}

  async bySlug(slug: string): Promise<OrganizationProfile> {
    const row = await this.db.organization.findFirst({
      where: { slug, ...publicOrganization },
      include: {
        parent: true,
        bodies: { where: publicOrganization, orderBy: { slug: "asc" } },
        memberships: { include: { country: true }, orderBy: [{ startDate: "asc" }] },
        chairmanships: {
          include: { country: true, startedAtMeeting: { select: meetingLink }, endedAtMeeting: { select: meetingLink } },
          orderBy: [{ startDate: "asc" }],
        },
      },
    });
    if (!row) throw new RecordNotFoundError("organization", slug);
    const meetings = await this.db.meeting.findMany({
      where: { ...publishedMeeting, OR: [{ bodyId: row.id }, { body: { parentId: row.id } }] },
      select: meetingSummarySelect,
      orderBy: newestMeetingsFirst,
    });
    return {
      organization: toOrganization(row),
      parent: row.parent && !row.parent.deletedAt ? toOrganization(row.parent) : null,
      bodies: row.bodies.map(toOrganization),
      memberships: row.memberships
        .filter((m) => !m.country.deletedAt)
        .map((m) => ({ membership: toOrgMembership(m), country: toCountry(m.country) })),
      chairmanships: row.chairmanships
        .filter((c) => !c.country.deletedAt)
        .map((c) => ({
          chairmanship: toChairmanship(c),
          country: toCountry(c.country),
          startedAtMeeting: publicLink(c.startedAtMeeting),
          endedAtMeeting: publicLink(c.endedAtMeeting),
        })),
      meetings: meetings.map(toMeetingSummary),
    };
  }
}
