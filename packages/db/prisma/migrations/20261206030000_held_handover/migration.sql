-- A draft's chairmanship handover is held with the meeting until it is published (schema.prisma, Meeting), instead
-- of being written at once to the shared terms that public pages read.
ALTER TABLE "Meeting" ADD COLUMN "heldChairmanships" JSONB;
