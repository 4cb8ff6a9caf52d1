-- CreateEnum
CREATE TYPE "OrganizationClassification" AS ENUM ('igo', 'igo_organ', 'igo_secretariat', 'igo_permanent_body', 'government', 'other');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('member', 'founding_member', 'observer', 'dialogue_partner', 'candidate', 'suspended');

-- CreateEnum
CREATE TYPE "PostRole" AS ENUM ('head_of_state', 'head_of_government', 'head_of_igo', 'head_of_igo_body', 'minister', 'envoy', 'other');

-- CreateEnum
CREATE TYPE "OccupancyQualifier" AS ENUM ('acting', 'interim');

-- CreateEnum
CREATE TYPE "MeetingClassification" AS ENUM ('summit', 'council_meeting', 'ministerial', 'extraordinary', 'other');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('in_person', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "ParticipationCategory" AS ENUM ('member_state', 'observer_state', 'dialogue_partner', 'igo_official', 'guest_state', 'guest_organization');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('chair', 'head_of_delegation', 'participant', 'speaker');

-- CreateEnum
CREATE TYPE "ParticipationMode" AS ENUM ('in_person', 'videoconference', 'video_message', 'written_message', 'represented');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('declaration', 'statement', 'decision', 'communique', 'agreement', 'treaty', 'protocol', 'memorandum', 'strategy', 'action_plan', 'programme', 'concept', 'plan', 'roadmap', 'report', 'message', 'other');

-- CreateEnum
CREATE TYPE "DocumentAdoptionAction" AS ENUM ('adopted', 'approved', 'signed', 'noted', 'prepared');

-- CreateEnum
CREATE TYPE "LegalForce" AS ENUM ('binding', 'political');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('in_force', 'expired', 'superseded', 'not_yet_in_force');

-- CreateEnum
CREATE TYPE "DocumentRelationType" AS ENUM ('approves', 'implements', 'amends', 'supersedes', 'annex_of', 'part_of_package', 'references');

-- CreateEnum
CREATE TYPE "DocumentActionType" AS ENUM ('adopted', 'approved', 'signed', 'ratified', 'entered_into_force', 'circulated_to_un', 'other');

-- CreateEnum
CREATE TYPE "SpeechKind" AS ENUM ('speech', 'remarks', 'video_message', 'statement_to_press', 'paraphrase');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('admin', 'editor', 'viewer');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('meeting_series', 'org_membership', 'occupancy', 'chairmanship', 'country', 'organization', 'person', 'post', 'meeting', 'document', 'topic');

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "iso3" CHAR(3),
    "nameI18n" JSONB NOT NULL,
    "officialNameI18n" JSONB,
    "otherNames" TEXT[],
    "demonyms" TEXT[],
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameI18n" JSONB NOT NULL,
    "abbreviationI18n" JSONB,
    "otherNames" TEXT[],
    "classification" "OrganizationClassification" NOT NULL,
    "parentId" TEXT,
    "foundingDate" TEXT,
    "dissolutionDate" TEXT,
    "officialLanguages" TEXT[],
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgMembership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameI18n" JSONB NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "sortName" TEXT,
    "otherNames" JSONB NOT NULL DEFAULT '[]',
    "birthDate" TEXT,
    "summaryI18n" JSONB,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "labelI18n" JSONB NOT NULL,
    "role" "PostRole" NOT NULL,
    "organizationId" TEXT,
    "countryId" TEXT,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Occupancy" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "qualifier" "OccupancyQualifier",
    "sources" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Occupancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSeries" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "nameI18n" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "seriesId" TEXT,
    "bodyId" TEXT,
    "ordinal" INTEGER,
    "titleI18n" JSONB NOT NULL,
    "classification" "MeetingClassification" NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "attendanceMode" "AttendanceMode" NOT NULL,
    "venueCity" JSONB,
    "venueCountryId" TEXT,
    "hostCountryId" TEXT,
    "coChaired" BOOLEAN NOT NULL DEFAULT false,
    "summaryI18n" JSONB,
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "occupancyId" TEXT,
    "titleAsStated" TEXT NOT NULL,
    "representingCountryId" TEXT,
    "representingOrganizationId" TEXT,
    "category" "ParticipationCategory" NOT NULL,
    "role" "ParticipationRole" NOT NULL,
    "mode" "ParticipationMode" NOT NULL,
    "protocolOrder" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleI18n" JSONB NOT NULL,
    "type" "DocumentType" NOT NULL,
    "adoptingBodyId" TEXT,
    "meetingId" TEXT,
    "action" "DocumentAdoptionAction" NOT NULL,
    "dateAdopted" TEXT,
    "validFrom" TEXT,
    "validTo" TEXT,
    "legalForce" "LegalForce",
    "legalStatus" "LegalStatus",
    "listOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "PublicationStatus" NOT NULL DEFAULT 'draft',
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRelation" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" "DocumentRelationType" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentText" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isAuthentic" BOOLEAN NOT NULL DEFAULT false,
    "sourceUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAction" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "date" TEXT,
    "type" "DocumentActionType" NOT NULL,
    "planned" BOOLEAN NOT NULL DEFAULT false,
    "actor" TEXT,
    "reference" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeTally" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "documentType" "DocumentType" NOT NULL,
    "count" INTEGER NOT NULL,
    "noteI18n" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutcomeTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chairmanship" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "handoverMeetingId" TEXT,
    "themeI18n" JSONB,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Chairmanship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speech" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "SpeechKind" NOT NULL,
    "textI18n" JSONB,
    "order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Speech_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "labelI18n" JSONB NOT NULL,
    "parentId" TEXT,
    "synonyms" TEXT[],
    "sources" JSONB NOT NULL DEFAULT '[]',
    "identifiers" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTopic" (
    "meetingId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "MeetingTopic_pkey" PRIMARY KEY ("meetingId","topicId")
);

-- CreateTable
CREATE TABLE "DocumentTopic" (
    "documentId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "DocumentTopic_pkey" PRIMARY KEY ("documentId","topicId")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "entityType" "EntityType" NOT NULL,
    "slug" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("entityType","slug")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'viewer',
    "disabledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" "EntityType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "authorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_slug_key" ON "Country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso2_key" ON "Country"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "Country_iso3_key" ON "Country"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "OrgMembership_organizationId_startDate_idx" ON "OrgMembership"("organizationId", "startDate");

-- CreateIndex
CREATE INDEX "OrgMembership_countryId_idx" ON "OrgMembership"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_sortName_idx" ON "Person"("sortName");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_key" ON "Post"("slug");

-- CreateIndex
CREATE INDEX "Post_organizationId_idx" ON "Post"("organizationId");

-- CreateIndex
CREATE INDEX "Post_countryId_idx" ON "Post"("countryId");

-- CreateIndex
CREATE INDEX "Occupancy_personId_idx" ON "Occupancy"("personId");

-- CreateIndex
CREATE INDEX "Occupancy_postId_idx" ON "Occupancy"("postId");

-- CreateIndex
CREATE INDEX "MeetingSeries_organizationId_idx" ON "MeetingSeries"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_slug_key" ON "Meeting"("slug");

-- CreateIndex
CREATE INDEX "Meeting_status_deletedAt_startDate_idx" ON "Meeting"("status", "deletedAt", "startDate");

-- CreateIndex
CREATE INDEX "Meeting_seriesId_startDate_idx" ON "Meeting"("seriesId", "startDate");

-- CreateIndex
CREATE INDEX "Meeting_bodyId_idx" ON "Meeting"("bodyId");

-- CreateIndex
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");

-- CreateIndex
CREATE INDEX "Participation_representingCountryId_idx" ON "Participation"("representingCountryId");

-- CreateIndex
CREATE INDEX "Participation_meetingId_protocolOrder_idx" ON "Participation"("meetingId", "protocolOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_meetingId_personId_key" ON "Participation"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Document_meetingId_listOrder_idx" ON "Document"("meetingId", "listOrder");

-- CreateIndex
CREATE INDEX "Document_status_deletedAt_type_idx" ON "Document"("status", "deletedAt", "type");

-- CreateIndex
CREATE INDEX "Document_adoptingBodyId_idx" ON "Document"("adoptingBodyId");

-- CreateIndex
CREATE INDEX "DocumentRelation_toId_idx" ON "DocumentRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRelation_fromId_toId_type_key" ON "DocumentRelation"("fromId", "toId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentText_documentId_lang_key" ON "DocumentText"("documentId", "lang");

-- CreateIndex
CREATE INDEX "DocumentAction_documentId_idx" ON "DocumentAction"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeTally_meetingId_documentType_key" ON "OutcomeTally"("meetingId", "documentType");

-- CreateIndex
CREATE INDEX "Chairmanship_organizationId_startDate_idx" ON "Chairmanship"("organizationId", "startDate");

-- CreateIndex
CREATE INDEX "Chairmanship_countryId_idx" ON "Chairmanship"("countryId");

-- CreateIndex
CREATE INDEX "Chairmanship_handoverMeetingId_idx" ON "Chairmanship"("handoverMeetingId");

-- CreateIndex
CREATE INDEX "Speech_meetingId_order_idx" ON "Speech"("meetingId", "order");

-- CreateIndex
CREATE INDEX "Speech_personId_idx" ON "Speech"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "MeetingTopic_topicId_idx" ON "MeetingTopic"("topicId");

-- CreateIndex
CREATE INDEX "DocumentTopic_topicId_idx" ON "DocumentTopic"("topicId");

-- CreateIndex
CREATE INDEX "SlugRedirect_entityId_idx" ON "SlugRedirect"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Revision_authorId_at_idx" ON "Revision"("authorId", "at");

-- CreateIndex
CREATE INDEX "Revision_at_idx" ON "Revision"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_version_key" ON "Revision"("entityType", "entityId", "version");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMembership" ADD CONSTRAINT "OrgMembership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgMembership" ADD CONSTRAINT "OrgMembership_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupancy" ADD CONSTRAINT "Occupancy_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupancy" ADD CONSTRAINT "Occupancy_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSeries" ADD CONSTRAINT "MeetingSeries_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "MeetingSeries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_venueCountryId_fkey" FOREIGN KEY ("venueCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_hostCountryId_fkey" FOREIGN KEY ("hostCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_occupancyId_fkey" FOREIGN KEY ("occupancyId") REFERENCES "Occupancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_representingCountryId_fkey" FOREIGN KEY ("representingCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_representingOrganizationId_fkey" FOREIGN KEY ("representingOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_adoptingBodyId_fkey" FOREIGN KEY ("adoptingBodyId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentText" ADD CONSTRAINT "DocumentText_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAction" ADD CONSTRAINT "DocumentAction_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeTally" ADD CONSTRAINT "OutcomeTally_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chairmanship" ADD CONSTRAINT "Chairmanship_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chairmanship" ADD CONSTRAINT "Chairmanship_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chairmanship" ADD CONSTRAINT "Chairmanship_handoverMeetingId_fkey" FOREIGN KEY ("handoverMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTopic" ADD CONSTRAINT "MeetingTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentTopic" ADD CONSTRAINT "DocumentTopic_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentTopic" ADD CONSTRAINT "DocumentTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
