-- Project type names that pages use and the reference list lacks, matched on their folded form, so
-- that the pages of one project naming its type in two languages give one type, not two; and the
-- type name each page gives, so that a page repeating its type is told from one changing it.

-- AlterTable
ALTER TABLE "ProjectText" ADD COLUMN     "projectTypeName" TEXT;

-- CreateTable
CREATE TABLE "ProjectTypeName" (
    "folded" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" "Language",
    "projectTypeCode" TEXT NOT NULL,

    CONSTRAINT "ProjectTypeName_pkey" PRIMARY KEY ("folded")
);

-- CreateIndex
CREATE INDEX "ProjectTypeName_projectTypeCode_idx" ON "ProjectTypeName"("projectTypeCode");

-- AddForeignKey
ALTER TABLE "ProjectTypeName" ADD CONSTRAINT "ProjectTypeName_projectTypeCode_fkey" FOREIGN KEY ("projectTypeCode") REFERENCES "ProjectType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Types the importer added before were keyed by their name: OTHER_ then the folded name in capitals,
-- spaces as underscores, the one name in all three columns. The folded name is read back from that
-- key, where it is whole (shorter than the 120 characters keys were cut at) and plain ASCII; the
-- language of the page that gave it was not kept. Texts keep a null type name until imported again.
INSERT INTO "ProjectTypeName" ("folded", "name", "language", "projectTypeCode")
SELECT lower(replace(substr(t."code", 7), '_', ' ')), t."nameEn", NULL, t."code"
FROM "ProjectType" t
WHERE t."code" ~ '^OTHER_[A-Z0-9]+(_[A-Z0-9]+)*$' AND length(t."code") < 120;
