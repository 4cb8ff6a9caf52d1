-- CreateTable
CREATE TABLE "GeneratedArchive" (
    "id" TEXT NOT NULL DEFAULT 'archive',
    "seed" INTEGER NOT NULL,
    "options" JSONB NOT NULL,

    CONSTRAINT "GeneratedArchive_pkey" PRIMARY KEY ("id")
);
