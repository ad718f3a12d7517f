-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "sortTitle" TEXT NOT NULL DEFAULT '';

-- Byte order on the folded title: the same on every server and locale, and what keyset cursors compare with.
ALTER TABLE "Project" ALTER COLUMN "sortTitle" TYPE TEXT COLLATE "C";

-- CreateIndex
CREATE INDEX "Project_budgetUsd_idx" ON "Project"("budgetUsd");

-- CreateIndex
CREATE INDEX "Project_sortTitle_idx" ON "Project"("sortTitle");


-- Backfill from the source-language titles; imports store the fully folded form (no accents) from now on.
UPDATE "Project" SET "sortTitle" = lower(t."title")
FROM "ProjectText" t
WHERE t."projectCode" = "Project"."code" AND t."language" = "Project"."sourceLanguage";
