-- CreateTable
CREATE TABLE "RevalidationRequest" (
    "id" TEXT NOT NULL,
    "tags" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "RevalidationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevalidationRequest_deliveredAt_nextAttemptAt_idx" ON "RevalidationRequest"("deliveredAt", "nextAttemptAt");
