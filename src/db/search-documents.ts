import { Prisma } from "@prisma/client";

// Names are listed in code order, so that a document is the same whichever way it was written (a
// batch of new pages or a refresh of all): the same words at the same positions.

/** Anything that runs raw SQL: the client or a transaction of it. */
type RawExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

const allOrSome = (column: Prisma.Sql, keys: readonly string[] | null) =>
  keys ? Prisma.sql`${column} = ANY(${[...keys]})` : Prisma.sql`TRUE`;

/**
 * Rewrites the search documents of these projects (all when null): one per title language, with the
 * code, Prima ID and the names of the project's countries, region and type in the three languages.
 */
export async function refreshProjectSearchDocuments(db: RawExecutor, codes: readonly string[] | null): Promise<void> {
  await db.$executeRaw`DELETE FROM "SearchDocument" WHERE "kind" = 'project' AND ${allOrSome(Prisma.sql`"key"`, codes)}`;
  await addProjectSearchDocuments(db, codes);
}

/** Writes the search documents of projects that have none yet (new ones): refreshProjectSearchDocuments without the delete. */
export async function addProjectSearchDocuments(db: RawExecutor, codes: readonly string[] | null): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SearchDocument" ("kind", "key", "language", "title", "body", "extra")
    SELECT 'project', p."code", t."language", t."title", coalesce(t."description", ''),
      concat_ws(' ', p."code", p."primaId",
        (SELECT string_agg(concat_ws(' ', m."code", m."iso3", m."nameFr", m."nameEn", m."nameEs"), ' ' ORDER BY m."code")
           FROM "ProjectCountry" pc JOIN "MemberState" m ON m."code" = pc."memberStateCode" WHERE pc."projectCode" = p."code"),
        (SELECT concat_ws(' ', r."nameFr", r."nameEn", r."nameEs") FROM "Region" r WHERE r."code" = p."regionCode"),
        (SELECT concat_ws(' ', y."nameFr", y."nameEn", y."nameEs") FROM "ProjectType" y WHERE y."code" = p."projectTypeCode"))
    FROM "Project" p JOIN "ProjectText" t ON t."projectCode" = p."code"
    WHERE ${allOrSome(Prisma.sql`p."code"`, codes)}`;
}

/** Rewrites the search documents of these news releases (all when null), with their countries' names. */
export async function refreshNewsSearchDocuments(db: RawExecutor, ids: readonly string[] | null): Promise<void> {
  await db.$executeRaw`DELETE FROM "SearchDocument" WHERE "kind" = 'news' AND ${allOrSome(Prisma.sql`"key"`, ids)}`;
  await addNewsSearchDocuments(db, ids);
}

/** Writes the search documents of news releases that have none yet (new ones): refreshNewsSearchDocuments without the delete. */
export async function addNewsSearchDocuments(db: RawExecutor, ids: readonly string[] | null): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SearchDocument" ("kind", "key", "language", "title", "body", "extra")
    SELECT 'news', n."id", n."sourceLanguage", n."title", concat_ws(E'\n\n', n."summary", n."body"),
      concat_ws(' ',
        (SELECT string_agg(concat_ws(' ', m."code", m."iso3", m."nameFr", m."nameEn", m."nameEs"), ' ' ORDER BY m."code")
           FROM "NewsCountry" nc JOIN "MemberState" m ON m."code" = nc."memberStateCode" WHERE nc."newsId" = n."id"),
        (SELECT string_agg(np."projectCode", ' ' ORDER BY np."projectCode") FROM "NewsProject" np WHERE np."newsId" = n."id"))
    FROM "NewsArticle" n
    WHERE ${allOrSome(Prisma.sql`n."id"`, ids)}`;
}
