-- Indexes that let every list be read a page at a time, in its order, by walking an index.

-- DropIndex
DROP INDEX "ProjectCountry_memberStateCode_role_idx";

-- DropIndex
DROP INDEX "NewsArticle_publishedAt_idx";

-- DropIndex
DROP INDEX "NewsCountry_memberStateCode_idx";

-- DropIndex
DROP INDEX "NewsProject_projectCode_idx";

-- AlterTable
ALTER TABLE "NewsCountry" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NewsProject" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ProjectCountry_memberStateCode_role_projectCode_idx" ON "ProjectCountry"("memberStateCode", "role", "projectCode");

-- News lists are newest first with undated news last (DESC NULLS LAST), ties by id: the indexes say
-- so explicitly, since Prisma's schema cannot.
CREATE INDEX "NewsArticle_publishedAt_id_idx" ON "NewsArticle"("publishedAt" DESC NULLS LAST, "id");

-- CreateIndex
CREATE INDEX "NewsCountry_memberStateCode_publishedAt_newsId_idx" ON "NewsCountry"("memberStateCode", "publishedAt" DESC NULLS LAST, "newsId");

-- CreateIndex
CREATE INDEX "NewsProject_projectCode_publishedAt_newsId_idx" ON "NewsProject"("projectCode", "publishedAt" DESC NULLS LAST, "newsId");

-- The one writer of the copied dates: links take their article's date when written, and follow it
-- when the article's date changes.
CREATE OR REPLACE FUNCTION "iom_news_link_date"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."publishedAt" := (SELECT a."publishedAt" FROM "NewsArticle" a WHERE a."id" = NEW."newsId");
  RETURN NEW;
END $$;

CREATE TRIGGER "NewsCountry_publishedAt" BEFORE INSERT OR UPDATE OF "newsId" ON "NewsCountry"
  FOR EACH ROW EXECUTE FUNCTION "iom_news_link_date"();
CREATE TRIGGER "NewsProject_publishedAt" BEFORE INSERT OR UPDATE OF "newsId" ON "NewsProject"
  FOR EACH ROW EXECUTE FUNCTION "iom_news_link_date"();

CREATE OR REPLACE FUNCTION "iom_news_date_changed"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "NewsCountry" SET "publishedAt" = NEW."publishedAt" WHERE "newsId" = NEW."id";
  UPDATE "NewsProject" SET "publishedAt" = NEW."publishedAt" WHERE "newsId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "NewsArticle_publishedAt" AFTER UPDATE OF "publishedAt" ON "NewsArticle"
  FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt") EXECUTE FUNCTION "iom_news_date_changed"();

-- Backfill
UPDATE "NewsCountry" l SET "publishedAt" = a."publishedAt" FROM "NewsArticle" a WHERE a."id" = l."newsId";
UPDATE "NewsProject" l SET "publishedAt" = a."publishedAt" FROM "NewsArticle" a WHERE a."id" = l."newsId";
