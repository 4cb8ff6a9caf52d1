-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'user';

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "action" TEXT,
ADD COLUMN     "via" TEXT;
