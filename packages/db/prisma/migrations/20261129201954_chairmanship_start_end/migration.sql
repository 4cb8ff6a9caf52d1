-- A chairmanship links the meeting where it started and the one where it ended, instead of one "handover" meeting
-- that could hold only one of the two (saving the later meeting moved the link off the earlier one).
--
-- The old link moves to the end of the term that fell on the meeting: to "endedAt" when the end date of the term is one of
-- the days of the meeting, otherwise to "startedAt" (the term started there: a link whose dates matched neither end was
-- already a rule 5 error and stays visible, as a start, for the editor to correct). This is the rule the code uses
-- for records written before the change (withHandoverEnds in @plenary/domain).

-- AlterTable
ALTER TABLE "Chairmanship" ADD COLUMN     "endedAtMeetingId" TEXT,
ADD COLUMN     "startedAtMeetingId" TEXT;

-- Move the data: a full-day date D is one of the days of meeting M when it lies between the first and last day of M, either
-- of which may be partial ("2020-11"), hence the comparison of the prefix of D of the same length.
UPDATE "Chairmanship" AS c
SET "endedAtMeetingId" = CASE WHEN x.ends_here THEN x.meeting_id END,
    "startedAtMeetingId" = CASE WHEN x.ends_here THEN NULL ELSE x.meeting_id END
FROM (
  SELECT c2."id", m."id" AS meeting_id,
         COALESCE(length(c2."endDate") = 10
           AND left(c2."endDate", length(m."startDate")) >= m."startDate"
           AND left(c2."endDate", length(COALESCE(m."endDate", m."startDate"))) <= COALESCE(m."endDate", m."startDate"), FALSE) AS ends_here
  FROM "Chairmanship" AS c2
  JOIN "Meeting" AS m ON m."id" = c2."handoverMeetingId"
) AS x
WHERE c."id" = x."id";

-- The revisions of chairmanships name the same fields, so that history shows and restores them.
UPDATE "Revision" AS r
SET "after" = (r."after" - 'handoverMeetingId') || jsonb_build_object(
      'startedAtMeetingId', CASE WHEN x.ends_here THEN NULL ELSE x.meeting_id END,
      'endedAtMeetingId', CASE WHEN x.ends_here THEN x.meeting_id END)
FROM (
  SELECT r2."id", m."id" AS meeting_id,
         COALESCE(length(r2."after" ->> 'endDate') = 10
           AND left(r2."after" ->> 'endDate', length(m."startDate")) >= m."startDate"
           AND left(r2."after" ->> 'endDate', length(COALESCE(m."endDate", m."startDate"))) <= COALESCE(m."endDate", m."startDate"), FALSE) AS ends_here
  FROM "Revision" AS r2
  LEFT JOIN "Meeting" AS m ON m."id" = r2."after" ->> 'handoverMeetingId'
  WHERE r2."entityType" = 'chairmanship' AND r2."after" -> 'handoverMeetingId' IS NOT NULL
) AS x
WHERE r."id" = x."id";

UPDATE "Revision" AS r
SET "before" = (r."before" - 'handoverMeetingId') || jsonb_build_object(
      'startedAtMeetingId', CASE WHEN x.ends_here THEN NULL ELSE x.meeting_id END,
      'endedAtMeetingId', CASE WHEN x.ends_here THEN x.meeting_id END)
FROM (
  SELECT r2."id", m."id" AS meeting_id,
         COALESCE(length(r2."before" ->> 'endDate') = 10
           AND left(r2."before" ->> 'endDate', length(m."startDate")) >= m."startDate"
           AND left(r2."before" ->> 'endDate', length(COALESCE(m."endDate", m."startDate"))) <= COALESCE(m."endDate", m."startDate"), FALSE) AS ends_here
  FROM "Revision" AS r2
  LEFT JOIN "Meeting" AS m ON m."id" = r2."before" ->> 'handoverMeetingId'
  WHERE r2."entityType" = 'chairmanship' AND r2."before" -> 'handoverMeetingId' IS NOT NULL
) AS x
WHERE r."id" = x."id";

-- DropForeignKey
ALTER TABLE "Chairmanship" DROP CONSTRAINT "Chairmanship_handoverMeetingId_fkey";

-- DropIndex
DROP INDEX "Chairmanship_handoverMeetingId_idx";

-- AlterTable
ALTER TABLE "Chairmanship" DROP COLUMN "handoverMeetingId";

-- CreateIndex
CREATE INDEX "Chairmanship_startedAtMeetingId_idx" ON "Chairmanship"("startedAtMeetingId");

-- CreateIndex
CREATE INDEX "Chairmanship_endedAtMeetingId_idx" ON "Chairmanship"("endedAtMeetingId");

-- AddForeignKey
ALTER TABLE "Chairmanship" ADD CONSTRAINT "Chairmanship_startedAtMeetingId_fkey" FOREIGN KEY ("startedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chairmanship" ADD CONSTRAINT "Chairmanship_endedAtMeetingId_fkey" FOREIGN KEY ("endedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
