import type { ParticipantProposal } from "./proposal";

/**
 * Whether a country took part in the meeting, as far as its participants tell: a rotating office passes between
 * members at the table, so a country named near the handover with no one at the meeting — the next summit's venue,
 * a holder of years before, another body's presidency ("while Spain holds the presidency of the Council of the EU"),
 * a country the leaders discussed — is a weaker next holder than one whose leader was there. A preference, not a
 * filter: a release may name the next holder's country only (its leader absent, or not found by the reader), so a
 * country with no participant still stands when the text names no other. A text with no participant with a country
 * says nothing: every country may hold the office.
 */
export function tookPart(
  participants: readonly ParticipantProposal[] | undefined,
  chair: ParticipantProposal | null,
  countryId: string,
): boolean {
  const withCountry = [...(participants ?? []), ...(chair ? [chair] : [])].filter(
    (participant) => participant.country !== null,
  );
  return (
    withCountry.length === 0 ||
    withCountry.some((participant) => participant.country!.value.countryId === countryId)
  );
}

/**
 * The confidence of a next holder with no participant that stands alone: lower than a member's, so that a reviewer
 * checks it, and above a non-member's (`OUTSIDER_CONFIDENCE`), which is weaker still.
 */
export const ABSENT_HOLDER_CONFIDENCE = 0.6;
