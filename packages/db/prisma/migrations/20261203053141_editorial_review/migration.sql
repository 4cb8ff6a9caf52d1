-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('none', 'requested', 'approved', 'returned');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "publishAt" TIMESTAMP(3),
ADD COLUMN     "publishAtById" TEXT,
ADD COLUMN     "publishAtDocumentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewApprovedVersion" INTEGER,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "reviewRequestedById" TEXT,
ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "scheduleError" TEXT;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "note" TEXT;

-- CreateIndex
CREATE INDEX "Meeting_publishAt_idx" ON "Meeting"("publishAt");
