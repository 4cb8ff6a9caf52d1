import { LICENCE } from "./licence";
import type { MeetingDetail } from "./types";

/** The columns of `participantCells`, in its order (the bulk file puts `meeting_slug` before them). */
export const PARTICIPANT_COLUMNS = [
  "protocol_order",
  "person",
  "person_slug",
  "post",
  "title_as_stated",
  "category",
  "role",
  "mode",
  "country_iso2",
  "organization",
  "licence",
] as const;

/**
 * One participation as a CSV row's cells, in the order of the participants files (a meeting's own file and the bulk
 * file, which puts the meeting's slug first): one definition, so the two files cannot drift apart.
 */
export function participantCells({
  participation,
  person,
  post,
  country,
  organization,
}: MeetingDetail["participations"][number]) {
  return [
    participation.protocolOrder,
    person.nameI18n.en,
    person.slug,
    post?.labelI18n.en,
    participation.titleAsStated,
    participation.category,
    participation.role,
    participation.mode,
    country?.iso2,
    organization?.nameI18n.en,
    LICENCE.name,
  ];
}
