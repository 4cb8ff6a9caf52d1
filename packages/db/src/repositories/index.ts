import type { Db } from "../client";
import { CountryProfileRepository } from "./country-profile-repository";
import { DocumentRegistryRepository } from "./document-registry-repository";
import { MeetingArchiveRepository } from "./meeting-archive-repository";
import { OrganizationProfileRepository } from "./organization-profile-repository";
import { OpenDataReferenceRepository } from "./open-data-references";
import { SitemapRepository } from "./sitemap-repository";
import { TopicProfileRepository } from "./topic-profile-repository";
import { SearchRepository } from "./search-repository";
import { PublicRedirectRepository } from "./public-redirect-repository";
import { CountryRepository } from "./country-repository";
import { DocumentRepository } from "./document-repository";
import { MeetingRepository } from "./meeting-repository";
import { MeetingTransfer } from "./meeting-transfer";
import { EditorListRepository } from "./editor-list-repository";
import { LinkRepository } from "./link-repository";
import { MeetingRecordRepository } from "./meeting-record-writer";
import { NewRecordsWriter } from "./new-records-writer";
import { PublishingRepository } from "./publishing-repository";
import { EditorialReviewRepository } from "./editorial-review-repository";
import { ReleaseRepository } from "./release-draft-writer";
import { RevisionRepository } from "./revision-repository";
import { TrashRepository } from "./trash-repository";
import { MergeRepository } from "./merge-repository";
import { OrganizationRepository } from "./organization-repository";
import { PersonRepository } from "./person-repository";
import { PostRepository } from "./post-repository";
import { SignInThrottleRepository } from "./sign-in-throttle-repository";
import { TopicRepository } from "./topic-repository";
import { MembershipRepository, OccupancyRepository } from "./term-repository";
import { UserRepository } from "./user-repository";
import { RevalidationOutboxRepository } from "./revalidation-outbox-repository";

/** One repository per aggregate, sharing one Prisma client. */
export function createRepositories(db: Db) {
  // The records a save may create first ("Create …" in a picker): a meeting's save, a post held's or a membership's
  // from its form, and a post's, an organization's or a topic's from its own.
  const creators = {
    person: new PersonRepository(db),
    country: new CountryRepository(db),
    organization: new OrganizationRepository(db),
    topic: new TopicRepository(db),
    post: new PostRepository(db),
  };
  const newRecords = new NewRecordsWriter(creators);
  const people = creators.person;
  const countries = creators.country;
  const organizations = new OrganizationRepository(db, newRecords);
  const posts = new PostRepository(db, newRecords);
  const topics = new TopicRepository(db, newRecords);
  const occupancies = new OccupancyRepository(db, newRecords);
  return {
    meetings: new MeetingRepository(db),
    releases: new ReleaseRepository(db),
    editorLists: new EditorListRepository(db),
    links: new LinkRepository(db),
    transfer: new MeetingTransfer(db),
    meetingRecords: new MeetingRecordRepository(
      db,
      new NewRecordsWriter({ ...creators, occupancy: occupancies }),
    ),
    revisions: new RevisionRepository(db),
    trash: new TrashRepository(db),
    merges: new MergeRepository(db),
    publishing: new PublishingRepository(db, new MeetingRepository(db), new DocumentRepository(db)),
    editorialReview: new EditorialReviewRepository(db, new MeetingRepository(db)),
    documents: new DocumentRepository(db),
    people,
    countries,
    organizations,
    posts,
    topics,
    occupancies,
    memberships: new MembershipRepository(db, newRecords),
    countryProfiles: new CountryProfileRepository(db),
    organizationProfiles: new OrganizationProfileRepository(db),
    topicProfiles: new TopicProfileRepository(db),
    documentRegistry: new DocumentRegistryRepository(db),
    meetingArchive: new MeetingArchiveRepository(db),
    search: new SearchRepository(db),
    publicRedirects: new PublicRedirectRepository(db),
    openDataReferences: new OpenDataReferenceRepository(db),
    sitemap: new SitemapRepository(db),
    users: new UserRepository(db),
    signInThrottle: new SignInThrottleRepository(db),
    revalidationOutbox: new RevalidationOutboxRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export * from "./errors";
export type {
  Audience,
  MeetingDetail,
  MeetingSummary,
  ParticipationEntry,
  DocumentEntry,
  DocumentRelationEntry,
  SaveResult,
} from "./meeting-repository";
export type { PersonDetail, PersonPageQuery } from "./person-repository";
export type { CountryPageQuery } from "./country-repository";
export type { OrganizationPageQuery } from "./organization-repository";
export type { OpenDataReferences } from "./open-data-references";
export type { SitemapRecord, SitemapRecordKind } from "./sitemap-repository";
export type { DocumentDetail } from "./document-repository";
export type { WriteOptions } from "./versioned-write";
/** The cache tags a change of a record makes stale (tests of the site's cache-tag contract use it). */
export { publicPageTags } from "./stale-pages";
export type { EditorListItem, EditorListQuery, ListableType } from "./editor-list-repository";
export {
  LINKED_TYPES,
  type LinkedType,
  type LinkedRecordRef,
  type LinkFact,
  type LinkRow,
  type LinkSection,
  type RecordLinks,
} from "./link-repository";
export type { ImportOutcome } from "./meeting-transfer";
export type { StoredMeetingRecord, RecordSaveResult } from "./meeting-record-writer";
export type { NewRecordCreators } from "./new-records-writer";
export type { RevisionEntry, AuditFilter } from "./revision-repository";
export type { TrashEntry, TrashableType } from "./trash-repository";
export type { MergeRecord, MergeableType } from "./merge-repository";
export type { PublishPreview, DraftDocumentName } from "./publishing-repository";
export type { EditorialStatus, UserName } from "./editorial-review-repository";
export { ReferenceRepository } from "./reference-repository";
export type { OccupancyEntry, MembershipEntry } from "./term-repository";
export type { ThrottlePolicy } from "./sign-in-throttle-repository";
export type { DueRevalidation } from "./revalidation-outbox-repository";
export {
  CREDENTIAL_PROVIDER,
  UserRepository,
  type NewUser,
  type SessionOwner,
  type UserAuditAction,
  type UserAuditOptions,
  type UserAuditSnapshot,
  type UserSummary,
} from "./user-repository";
export type { CountryProfile } from "./country-profile-repository";
export type { OrganizationProfile } from "./organization-profile-repository";
export type { TopicProfile } from "./topic-profile-repository";
export type {
  DocumentRegistry,
  DocumentRegistryFilter,
  DocumentRegistrySort,
  DocumentKey,
  DocumentPageQuery,
  FacetCount,
} from "./document-registry-repository";
export { DOCUMENT_REGISTRY_SORTS } from "./document-registry-repository";
export type { SearchResults } from "./search-repository";
export type { RedirectableType } from "./public-redirect-repository";
