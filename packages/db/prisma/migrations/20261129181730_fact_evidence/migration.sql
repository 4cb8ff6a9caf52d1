-- CreateTable
CREATE TABLE "FactEvidence" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "sourceIndex" INTEGER NOT NULL DEFAULT 0,
    "fact" TEXT NOT NULL,
    "recordId" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactEvidence_meetingId_idx" ON "FactEvidence"("meetingId");

-- CreateIndex
CREATE INDEX "FactEvidence_recordId_idx" ON "FactEvidence"("recordId");

-- AddForeignKey
ALTER TABLE "FactEvidence" ADD CONSTRAINT "FactEvidence_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
