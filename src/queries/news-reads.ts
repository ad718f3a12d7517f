import { Prisma, type PrismaClient } from "@prisma/client";
import type { GraphQLResolveInfo } from "graphql";
import { afterCursorSql, orderBySql } from "../pagination/ordering";
import type { PageRequest } from "../pagination/page-request";
import { LINKED_NEWS_NEWEST_FIRST, NEWS_NEWEST_FIRST } from "./orderings";
import { pagesOfParents, type ParentPages } from "./parent-pages";
import { projectionOf, type Projection } from "./projection";
import { projectColumns } from "./project-reads";
import type { NewsRecord, ProjectRecord } from "./records";

// What each GraphQL field of NewsArticle needs (articles are alias n); the long texts only when asked.
const NEWS_PARTS: Readonly<Record<string, Prisma.Sql>> = {
  title: Prisma.sql`n."title"`,
  summary: Prisma.sql`n."summary"`,
  body: Prisma.sql`n."body"`,
  contact: Prisma.sql`n."contact"`,
  sourceLanguage: Prisma.sql`n."sourceLanguage"::text AS "sourceLanguage"`,
  countries: Prisma.sql`ARRAY(SELECT nc."memberStateCode"::text FROM "NewsCountry" nc WHERE nc."newsId" = n."id" ORDER BY 1) AS "countryCodes"`,
};

/** What the query selects on the news the current field returns. */
export const newsProjection = (info: GraphQLResolveInfo): Projection => projectionOf(info, "NewsArticle", NEWS_PARTS);

/** The select list for the selected GraphQL fields: id and date always (they are the sort keys), each selected part once. */
export function newsColumns(fields: ReadonlySet<string>): Prisma.Sql {
  const columns = [Prisma.sql`n."id"`, Prisma.sql`n."publishedAt"`];
  for (const field of fields) {
    const part = NEWS_PARTS[field];
    if (part) columns.push(part);
  }
  return Prisma.join(columns);
}

const newestFirst = (alias: string) => Prisma.raw(`${alias}."publishedAt" DESC NULLS LAST, ${alias}."newsId"`);

/** The news of these ids, with the selected parts; one statement. */
export function readNewsById(prisma: PrismaClient, ids: readonly string[], fields: ReadonlySet<string>): Promise<NewsRecord[]> {
  return prisma.$queryRaw<NewsRecord[]>`SELECT ${newsColumns(fields)} FROM "NewsArticle" n WHERE n."id" = ANY(${[...ids]}::text[])`;
}

/** A page of all news passing a condition, newest first, in one statement. */
export async function readNewsPage(
  prisma: PrismaClient,
  request: { condition: Prisma.Sql; page: PageRequest; fields: ReadonlySet<string>; withCount: boolean },
): Promise<ParentPages<NewsRecord>> {
  const pages = await pagesOfParents<NewsRecord>(prisma, {
    parents: [""],
    ordering: NEWS_NEWEST_FIRST,
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "NewsArticle" n WHERE ${request.condition}`,
    page:
      request.page.first === 0
        ? null
        : Prisma.sql`SELECT ${newsColumns(request.fields)} FROM "NewsArticle" n
            WHERE ${request.condition} AND ${afterCursorSql(NEWS_NEWEST_FIRST, request.page.after)}
            ${orderBySql(NEWS_NEWEST_FIRST)} LIMIT ${request.page.first + 1}`,
    keyOf: (row) => row.id,
  });
  return pages.get("")!;
}

/** A page of news for each country, newest first, walking the (country, date, id) index; one statement. */
export function readNewsOfCountries(
  prisma: PrismaClient,
  request: { countries: readonly string[]; page: PageRequest; fields: ReadonlySet<string>; withCount: boolean },
): Promise<Map<string, ParentPages<NewsRecord>>> {
  return pagesOfParents<NewsRecord>(prisma, {
    parents: request.countries,
    ordering: NEWS_NEWEST_FIRST,
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "NewsCountry" l WHERE l."memberStateCode" = parent."key"`,
    page:
      request.page.first === 0
        ? null
        : Prisma.sql`SELECT ${newsColumns(request.fields)}
            FROM (SELECT l."newsId" FROM "NewsCountry" l
                  WHERE l."memberStateCode" = parent."key" AND ${afterCursorSql(LINKED_NEWS_NEWEST_FIRST, request.page.after)}
                  ${orderBySql(LINKED_NEWS_NEWEST_FIRST)} LIMIT ${request.page.first + 1}) l
            JOIN "NewsArticle" n ON n."id" = l."newsId"`,
    keyOf: (row) => row.id,
  });
}

/**
 * The newest `first` news related to each project: news about one of its beneficiary states or
 * naming it, merged, newest first, ties by id. For each of the project's states (and for its own
 * links) the database walks the (key, date, id) index for `first` rows at most, then keeps the
 * newest `first` of their union: the rows read never depend on how many news a country has.
 */
export async function readRelatedNews(
  prisma: PrismaClient,
  projectCodes: readonly string[],
  first: number,
  fields: ReadonlySet<string>,
): Promise<Map<string, NewsRecord[]>> {
  const related = new Map<string, NewsRecord[]>(projectCodes.map((code) => [code, []]));
  if (first === 0) return related;
  const rows = await prisma.$queryRaw<Array<NewsRecord & { projectCode: string }>>`
    SELECT parent."key" AS "projectCode", ${newsColumns(fields)}
    FROM unnest(${[...projectCodes]}::text[]) WITH ORDINALITY AS parent("key", "ordinal")
    CROSS JOIN LATERAL (
      SELECT c."newsId", c."publishedAt" FROM (
        SELECT top."newsId", top."publishedAt"
        FROM "ProjectCountry" pc
        CROSS JOIN LATERAL (SELECT l."newsId", l."publishedAt" FROM "NewsCountry" l
                            WHERE l."memberStateCode" = pc."memberStateCode" ORDER BY ${newestFirst("l")} LIMIT ${first}) top
        WHERE pc."projectCode" = parent."key" AND pc."role" = 'BENEFICIARY'
        UNION
        (SELECT l."newsId", l."publishedAt" FROM "NewsProject" l WHERE l."projectCode" = parent."key" ORDER BY ${newestFirst("l")} LIMIT ${first})
      ) c
      ORDER BY ${newestFirst("c")} LIMIT ${first}
    ) r
    JOIN "NewsArticle" n ON n."id" = r."newsId"
    ORDER BY parent."ordinal", n."publishedAt" DESC NULLS LAST, n."id"`;
  for (const { projectCode, ...news } of rows) related.get(projectCode)!.push(news);
  return related;
}

/**
 * The first `first` projects related to each news release: the projects it names, then projects
 * benefiting one of its countries, by code within each. Each country contributes its first
 * `first` projects by code (read from the (country, role, project) index), never all of them.
 */
export async function readRelatedProjects(
  prisma: PrismaClient,
  newsIds: readonly string[],
  first: number,
  fields: ReadonlySet<string>,
): Promise<Map<string, ProjectRecord[]>> {
  const related = new Map<string, ProjectRecord[]>(newsIds.map((id) => [id, []]));
  if (first === 0) return related;
  const rows = await prisma.$queryRaw<Array<ProjectRecord & { newsId: string }>>`
    SELECT parent."key" AS "newsId", ${projectColumns(fields)}
    FROM unnest(${[...newsIds]}::text[]) WITH ORDINALITY AS parent("key", "ordinal")
    CROSS JOIN LATERAL (
      SELECT c."code", min(c."rank") AS "rank" FROM (
        (SELECT np."projectCode" AS "code", 0 AS "rank" FROM "NewsProject" np
         WHERE np."newsId" = parent."key" AND EXISTS (SELECT 1 FROM "Project" named WHERE named."code" = np."projectCode")
         ORDER BY 1 LIMIT ${first})
        UNION ALL
        SELECT top."projectCode", 1 FROM "NewsCountry" nc
        CROSS JOIN LATERAL (SELECT pc."projectCode" FROM "ProjectCountry" pc
                            WHERE pc."memberStateCode" = nc."memberStateCode" AND pc."role" = 'BENEFICIARY'
                            ORDER BY pc."projectCode" LIMIT ${first}) top
        WHERE nc."newsId" = parent."key"
      ) c
      GROUP BY c."code" ORDER BY 2, 1 LIMIT ${first}
    ) r
    JOIN "Project" p ON p."code" = r."code"
    ORDER BY parent."ordinal", r."rank", p."code"`;
  for (const { newsId, ...project } of rows) related.get(newsId)!.push(project);
  return related;
}
