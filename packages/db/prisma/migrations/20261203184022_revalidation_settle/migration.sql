-- Each refresh of the public site is delivered a second time once the renders begun before the first delivery have
-- ended (RevalidationOutboxRepository.claimDue), and settledAt records that second delivery.
ALTER TABLE "RevalidationRequest" ADD COLUMN     "settledAt" TIMESTAMP(3);

-- Requests delivered before this migration are settled, so they are not delivered again.
UPDATE "RevalidationRequest" SET "settledAt" = "deliveredAt" WHERE "deliveredAt" IS NOT NULL;

-- CreateIndex
CREATE INDEX "RevalidationRequest_settledAt_deliveredAt_idx" ON "RevalidationRequest"("settledAt", "deliveredAt");
