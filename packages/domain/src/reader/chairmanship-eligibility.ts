import type { ReaderKnowledge } from "./knowledge";
import { membershipsOf, rootOrganization } from "./knowledge";

/**
 * Who may hold a rotating chairmanship: a member of the organization. The reference data holds every country and the
 * members of the main organizations over time, so a text read against it recognizes countries a release names only
 * beside the office — a guest, a partner, the place of another meeting, a state outside the body ("the agreement
 * with Viet Nam, signed under the Kazakh chairmanship") — that a smaller knowledge does not; such a country is never
 * the next or the outgoing holder. A member here is a member or founding member at any time (a term is often told
 * years apart from the membership's dates), or a member suspended since; an observer, a dialogue partner or a
 * candidate is not. An organization the knowledge holds fewer than three members of says nothing: anyone may hold it.
 */
const MEMBER_STATUSES = new Set(["member", "founding_member", "suspended"]);
const MINIMUM_MEMBERS = 3;

/**
 * A fact of an organization's tree, worked out once per knowledge and tree root from the tree's memberships and kept in
 * `cache`.
 */
function perTree<T>(
  cache: WeakMap<ReaderKnowledge, Map<string, T>>,
  knowledge: ReaderKnowledge,
  organizationId: string,
  compute: (memberships: ReturnType<typeof membershipsOf>) => T,
): T {
  let byOrganization = cache.get(knowledge);
  if (!byOrganization) {
    byOrganization = new Map();
    cache.set(knowledge, byOrganization);
  }
  const root = rootOrganization(knowledge, organizationId)?.id ?? organizationId;
  if (!byOrganization.has(root)) byOrganization.set(root, compute(membershipsOf(knowledge, root)));
  return byOrganization.get(root)!;
}

const membersByKnowledge = new WeakMap<ReaderKnowledge, Map<string, Set<string> | null>>();

/** The countries the knowledge holds as members of the organization's tree, or null when it holds too few to judge. */
function membersOf(knowledge: ReaderKnowledge, organizationId: string): Set<string> | null {
  return perTree(membersByKnowledge, knowledge, organizationId, (memberships) => {
    const members = new Set(
      memberships
        .filter((membership) => MEMBER_STATUSES.has(membership.status))
        .map((membership) => membership.countryId),
    );
    return members.size >= MINIMUM_MEMBERS ? members : null;
  });
}

/** Whether the country may hold the organization's rotating office, as far as the knowledge's members tell. */
export function mayHoldTheOffice(
  knowledge: ReaderKnowledge,
  organizationId: string | null,
  countryId: string,
): boolean {
  if (!organizationId) return true;
  const members = membersOf(knowledge, organizationId);
  return members === null || members.has(countryId);
}

const firstMembershipByKnowledge = new WeakMap<ReaderKnowledge, Map<string, string | null>>();

/**
 * Whether the organization did not exist yet on the day, as far as its members tell: the first of its members' terms
 * begins after it ("the first East Asia Summit will be held in Kuala Lumpur in 2005", in a release of 2004, names no
 * office anyone held then). A partial date is compared on what both days give; an organization with no dated member
 * says nothing.
 */
export function notYetFounded(
  knowledge: ReaderKnowledge,
  organizationId: string,
  day: string | null,
): boolean {
  if (!day) return false;
  const first = perTree(
    firstMembershipByKnowledge,
    knowledge,
    organizationId,
    (memberships) =>
      memberships
        .map((membership) => membership.startDate)
        .filter((start): start is string => !!start)
        .sort()[0] ?? null,
  );
  if (!first) return false;
  const length = Math.min(first.length, day.length);
  return first.slice(0, length) > day.slice(0, length);
}
