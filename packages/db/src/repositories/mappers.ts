// Rows → domain types. Parsing with the domain schemas (rather than casting the JSON columns) means a repository
// never hands out a record its own package would reject, and relation fields Prisma includes are stripped.
import {
  Chairmanship,
  Country,
  Document,
  DocumentAction,
  DocumentRelation,
  DocumentText,
  Meeting,
  MeetingSeries,
  Occupancy,
  OrgMembership,
  Organization,
  OutcomeTally,
  Participation,
  Person,
  Post,
  Speech,
  Topic,
} from "@plenary/domain";
import type * as Rows from "../generated/prisma/models";

export const toCountry = (row: Rows.CountryModel): Country => Country.parse(row);
export const toOrganization = (row: Rows.OrganizationModel): Organization => Organization.parse(row);
export const toOrgMembership = (row: Rows.OrgMembershipModel): OrgMembership => OrgMembership.parse(row);
export const toPerson = (row: Rows.PersonModel): Person => Person.parse(row);
export const toPost = (row: Rows.PostModel): Post => Post.parse(row);
export const toOccupancy = (row: Rows.OccupancyModel): Occupancy => Occupancy.parse(row);
export const toMeetingSeries = (row: Rows.MeetingSeriesModel): MeetingSeries => MeetingSeries.parse(row);
export const toParticipation = (row: Rows.ParticipationModel): Participation => Participation.parse(row);
export const toDocumentRelation = (row: Rows.DocumentRelationModel): DocumentRelation =>
  DocumentRelation.parse(row);
export const toDocumentText = (row: Rows.DocumentTextModel): DocumentText => DocumentText.parse(row);
export const toDocumentAction = (row: Rows.DocumentActionModel): DocumentAction => DocumentAction.parse(row);
export const toOutcomeTally = (row: Rows.OutcomeTallyModel): OutcomeTally => OutcomeTally.parse(row);
export const toChairmanship = (row: Rows.ChairmanshipModel): Chairmanship => Chairmanship.parse(row);
export const toSpeech = (row: Rows.SpeechModel): Speech => Speech.parse(row);
export const toTopic = (row: Rows.TopicModel): Topic => Topic.parse(row);

/** The venue is two columns in the table and one value in the domain. */
export function toMeeting(row: Rows.MeetingModel & { topics: { topicId: string }[] }): Meeting {
  const { venueCity, venueCountryId, topics, ...rest } = row;
  const venue =
    venueCity || venueCountryId
      ? { city: venueCity ?? undefined, countryId: venueCountryId ?? undefined }
      : null;
  return Meeting.parse({ ...rest, venue, topicIds: topics.map((topic) => topic.topicId) });
}

export function toDocument(row: Rows.DocumentModel & { topics: { topicId: string }[] }): Document {
  const { topics, ...rest } = row;
  return Document.parse({ ...rest, topicIds: topics.map((topic) => topic.topicId) });
}
