// The public surface of @plenary/domain: everything named here is covered by semver (see README.md and the API
// report in etc/domain.api.md). Modules keep helpers of their own (schema builders, reader stages) that are not listed.

// Values: dates, ranges, texts, slugs, sources
export { Id } from "./common/id";
export { sameOriginPath } from "./common/return-path";
export {
  compareDays,
  comparePartialDates,
  isPartialDate,
  isSamePartialDate,
  isWhollyBefore,
  PartialDate,
  partialDateEnd,
  partialDatePrecision,
  partialDateStart,
  type PartialDatePrecision,
} from "./common/partial-date";
export {
  describeMeetingDates,
  describeRange,
  isMeetingDay,
  meetingSpan,
  rangeBounds,
  rangeCovers,
  rangesOverlap,
  type DateRange,
  type DayBounds,
} from "./common/date-range";
export {
  LanguageCode,
  Locale,
  LOCALES,
  localize,
  LocalizedText,
  NonEmptyString,
  type Localized,
} from "./common/localized-text";
export { Source, SourceLanguage, SourceTimestamp } from "./common/source";
export { Identifier, IdentifierScheme } from "./common/identifier";
export {
  documentSlug,
  meetingSlug,
  nameSlug,
  Slug,
  SLUG_MAX_LENGTH,
  slugify,
  uniqueSlug,
} from "./common/slug";
export { PublicationStatus, Version } from "./common/record";
export { diffRecords, type FieldChange } from "./common/record-diff";

// Entities: zod schemas and their types
export { Country, CreateCountryInput, UpdateCountryInput } from "./entities/country";
export {
  CreateOrganizationInput,
  Organization,
  OrganizationClassification,
  UpdateOrganizationInput,
} from "./entities/organization";
export {
  CreateOrgMembershipInput,
  MembershipStatus,
  OrgMembership,
  UpdateOrgMembershipInput,
} from "./entities/org-membership";
export { CreatePersonInput, OtherName, Person, UpdatePersonInput } from "./entities/person";
export { CreatePostInput, Post, PostRole, UpdatePostInput } from "./entities/post";
export {
  CreateOccupancyInput,
  Occupancy,
  OccupancyQualifier,
  UpdateOccupancyInput,
} from "./entities/occupancy";
export { CreateMeetingSeriesInput, MeetingSeries, UpdateMeetingSeriesInput } from "./entities/meeting-series";
export {
  AttendanceMode,
  CreateMeetingInput,
  Meeting,
  MeetingClassification,
  MeetingOrdinal,
  UpdateMeetingInput,
  Venue,
} from "./entities/meeting";
export {
  CreateParticipationInput,
  Participation,
  ParticipationCategory,
  ParticipationMode,
  ParticipationRole,
  ProtocolOrder,
  UpdateParticipationInput,
} from "./entities/participation";
export {
  AdoptionAction,
  CreateDocumentInput,
  Document,
  DocumentType,
  LegalForce,
  LegalStatus,
  UpdateDocumentInput,
} from "./entities/document";
export {
  CreateDocumentRelationInput,
  DocumentRelation,
  DocumentRelationType,
  UpdateDocumentRelationInput,
} from "./entities/document-relation";
export { CreateDocumentTextInput, DocumentText, UpdateDocumentTextInput } from "./entities/document-text";
export {
  CreateDocumentActionInput,
  DocumentAction,
  DocumentActionType,
  UpdateDocumentActionInput,
} from "./entities/document-action";
export { CreateOutcomeTallyInput, OutcomeTally, UpdateOutcomeTallyInput } from "./entities/outcome-tally";
export { Chairmanship, CreateChairmanshipInput, UpdateChairmanshipInput } from "./entities/chairmanship";
export { CreateSpeechInput, Speech, SpeechKind, UpdateSpeechInput } from "./entities/speech";
export { CreateTopicInput, Topic, UpdateTopicInput } from "./entities/topic";
export {
  AccessLevel,
  CreateUserAccountInput,
  CreateUserInput,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  NewPassword,
  ResetUserPasswordInput,
  roleMay,
  UpdateUserInput,
  User,
  UserRole,
} from "./entities/user";
export {
  cacheTags,
  MergeableKind,
  PageKind,
  PublishableKind,
  RECORD_KINDS,
  TrashableKind,
  type RecordKind,
  type RecordKindName,
} from "./entities/record-kinds";
export {
  CreateRevisionInput,
  HistoryEntityType,
  NON_EDIT_ACTIONS,
  RECORD_ACTION_LABELS,
  RecordAction,
  Revision,
  RevisionEntityType,
} from "./entities/revision";
export {
  HandoverEnd,
  MeetingRecordChairmanship,
  MeetingRecordDocument,
  MeetingRecordDocumentAction,
  MeetingRecordDocumentRelation,
  MeetingRecordDocumentText,
  MeetingRecordInput,
  MeetingRecordParticipation,
  MeetingRecordSpeech,
  MeetingRecordTally,
  withHandoverEnds,
  type EditableMeeting,
} from "./entities/meeting-record";
export { MEETING_EXPORT_FORMAT, MeetingExport } from "./entities/meeting-export";

// Rules (DOMAIN.md "Rules" 1–9)
export {
  errorsOf,
  hasErrors,
  warningsOf,
  type IssuePath,
  type NameLookup,
  type RuleIssue,
  type RuleSeverity,
} from "./rules/rule-issue";
export { checkDateOrder, type DateOrderOptions } from "./rules/dates";
export {
  checkOccupancies,
  type OccupancyCheckInput,
  type OccupancyFacts,
} from "./rules/occupancy-covers-meeting";
export { checkChair, type ChairCheckInput } from "./rules/chair";
export { checkCategories, type CategoryCheckInput, type MembershipFacts } from "./rules/category-membership";
export {
  checkChairmanshipOverlaps,
  checkHandovers,
  checkMembershipOverlaps,
  checkTerms,
  type ChairmanshipFacts,
  type MeetingDates,
  type TermsCheckInput,
} from "./rules/terms-overlap";
export { checkTallies, type TallyCheckInput } from "./rules/tally-count";
export { checkPublishable, type PublishCheckInput } from "./rules/publishable";
export {
  bulkStatusAction,
  confirmedDraftDocuments,
  eachOnItsOwn,
  type BulkOutcome,
  type BulkStatusAction,
} from "./rules/bulk-actions";
export { checkSlug, type SlugCheckInput } from "./rules/slugs";
export { checkUniqueParticipants } from "./rules/unique-participants";
export { checkMeeting, type MeetingRecord } from "./rules/check-meeting";
export { checkRecordDuplicates, termLinksAt } from "./rules/meeting-record-rules";
export {
  REVIEW_COMMENT_MAX,
  ReviewState,
  ReviewStep,
  reviewAllowsPublishing,
  reviewTransition,
  type ReviewContext,
} from "./rules/editorial-review";
export {
  MEETING_REF_FIELDS,
  mapMeetingRecordRefs,
  meetingRecordIds,
  meetingRecordRefs,
  type MeetingRecordPart,
  type MeetingRecordRef,
  type MeetingRefField,
  type MeetingRefKind,
} from "./entities/meeting-record-refs";
export { checkMeetingFile, type MeetingFileOptions } from "./rules/check-meeting-file";
export {
  MeetingNewRecords,
  NEW_RECORD_KIND,
  NEW_RECORD_LIST,
  NEW_RECORD_LISTS,
  NEW_RECORD_REF_FIELDS,
  NO_NEW_RECORDS,
  NewCountryRecord,
  NewOccupancyRecord,
  NewOrganizationRecord,
  NewPersonRecord,
  NewPostRecord,
  NewTopicRecord,
  checkNewRecordRefs,
  checkNewRecords,
  eachNewRecord,
  newRecordName,
  theNewRecord,
  usedNewRecords,
  usedNewRecordsOf,
  type MeetingNewRecordsInput,
  type NewRecordKind,
  type NewRecordList,
  type NewRecordRef,
} from "./entities/meeting-new-records";
export { newPackageDocument } from "./entities/meeting-new-document";
export {
  CreateOccupancyWithNewRecords,
  CreateOrgMembershipWithNewRecords,
  membershipRecordRefs,
  occupancyRecordRefs,
} from "./entities/term-new-records";
export {
  UpdateOrganizationWithNewRecords,
  UpdatePostWithNewRecords,
  UpdateTopicWithNewRecords,
  referenceRecordRefs,
} from "./entities/reference-new-records";

// Merging a stale save
export {
  mergeMeetingRecords,
  type MeetingRecordMerge,
  type MergeChange,
  type MergeConflict,
  type MergeConflictKind,
  type MergeOptions,
  type MergePath,
  type MergeSide,
} from "./merge/merge-meeting-record";
export {
  fieldLabel,
  referencedIds,
  type LabelledKind,
  type MergeNameKind,
  type MergeNames,
} from "./merge/merge-text";

// Display: labels in en/ru/zh
export {
  DOCUMENT_TYPE_NOUNS,
  label,
  LABELS,
  type DocumentTypeNoun,
  type LabelKind,
  type LabelValue,
  type LocalizedLabel,
} from "./display/labels";
export { countDocuments, tallyLabel } from "./display/tally-label";
export { countNoun, countRecords, RECORD_KIND_NOUNS, type EnglishNoun } from "./display/record-kinds";
export { adoptionActionLabel, documentTypeGender, type GrammaticalGender } from "./display/adoption-action";
export { participantLine, type ParticipantLineInput } from "./display/participant-line";
export { personName, personSortKey } from "./display/person-name";

// The press-release reader
export { readPressRelease, type ReadOptions } from "./reader";
export {
  countryNames,
  knowledgeCandidates,
  knowledgeQueryOf,
  namedIn,
  organizationNames,
  organizationTrees,
  personNameTokens,
  referenceNameKeys,
  readPressReleaseFrom,
  SnapshotKnowledge,
  type KnowledgeQuery,
  type ReaderKnowledgeSource,
} from "./reader";
export {
  type KnownChairmanship,
  type KnownCountry,
  type KnownMembership,
  type KnownOccupancy,
  type KnownOrganization,
  type KnownPerson,
  type KnownPost,
  type KnownSeries,
  type KnownTopic,
  type ReaderKnowledge,
} from "./reader";
export {
  type Candidate,
  type ChairmanshipProposal,
  type DocumentActionProposal,
  type DocumentProposal,
  type Evidence,
  type Fact,
  type MeetingProposal,
  type NewPerson,
  type NewPost,
  type CountryMention,
  type OrganizationMention,
  type ParticipantProposal,
  type PersonMention,
  type Reconciled,
  type RelationProposal,
  type SourceProposal,
  type SpeechProposal,
  type TallyProposal,
  type TopicProposal,
} from "./reader";
export { MAX_RELEASE_BYTES, ReaderError, type ReaderErrorCode } from "./reader";
export { proposalToDraft, type DraftRef, type ReleaseDraft } from "./reader";
export { titleKey } from "./reader";
export {
  ENGLISH_COUNTRY_OTHER_NAMES,
  ENGLISH_COUNTRY_ADJECTIVES,
  RUSSIAN_COUNTRY_ABBREVIATIONS,
  RUSSIAN_COUNTRY_ADJECTIVES,
} from "./reader";
export { ReleaseDraftInput } from "./reader";
export {
  addMentionAsParticipant,
  addSelectedFact,
  applyEdits,
  factsToCheck,
  handoverBodiesMissing,
  initialEdits,
  mentionsLeftOut,
  pickHandoverBody,
  reviewedDraft,
  type PersonChoice,
  type ReviewEdits,
  type ReviewFact,
  type SelectedFactKind,
} from "./reader";

// Open data: the JSON API's answers and their JSON Schemas
export {
  ApiError,
  apiAnswer,
  CountryProfile,
  DataLicence,
  DocumentDetail,
  DocumentEntry,
  DocumentRegistry,
  MeetingDetail,
  MeetingSummary,
  OrganizationProfile,
  ParticipationEntry,
  PersonDetail,
} from "./open-data/api-responses";
export {
  BulkExportFile,
  BulkExportKind,
  BulkExportManifest,
  BulkExportVersion,
} from "./open-data/bulk-exports";
export { JSON_SCHEMA_NAMES, jsonSchema, jsonSchemaInfo, type JsonSchemaName } from "./open-data/json-schemas";
export {
  changedPublicFields,
  changedPublicValues,
  CorrectedField,
  CorrectedValue,
  Correction,
  CorrectionValue,
  correctionsFromChanges,
  publicCorrections,
  publicStoredFields,
  RecordCorrections,
  ValueChange,
  type CorrectableKind,
  type CorrectionContext,
  type PublicChange,
  type RevisionSnapshot,
} from "./open-data/corrections";
