import { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import { projectColumns, withNewsDates, type ProjectProjection } from "../project/project.columns";
import type { Project } from "../project/project.type";
import { afterCursorSql, orderBySql } from "../shared/ordering";
import type { PageRequest } from "../shared/page-request";
import { pageOfList, pageQuery, pagesOfParents, positionIn, type ParentPages } from "../shared/parent-pages";
import type { Projection } from "../shared/projection";
import { newsColumns } from "./news.columns";
import { LINKED_NEWS_NEWEST_FIRST, NEWS_NEWEST_FIRST } from "./news.orderings";
import type { NewsArticle } from "./news.type";

/** The news of these ids, with the selected parts; one statement. */
export function readNewsById(read: ReadSql, ids: readonly string[], projection: Projection): Promise<NewsArticle[]> {
  return read<NewsArticle>(Prisma.sql`SELECT ${newsColumns(projection)} FROM "NewsArticle" n WHERE n."id" = ANY(${[...ids]}::text[])`);
}

/** A page of all news passing a condition, newest first, in one statement. */
export function readNewsPage(
  read: ReadSql,
  request: { condition: Prisma.Sql; page: PageRequest; projection: Projection; withCount: boolean },
): Promise<ParentPages<NewsArticle>> {
  return pageOfList<NewsArticle>(read, {
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "NewsArticle" n WHERE ${request.condition}`,
    page: pageQuery(
      request.page,
      (limit) => Prisma.sql`SELECT ${newsColumns(request.projection)}, ${positionIn(NEWS_NEWEST_FIRST)} FROM "NewsArticle" n
        WHERE ${request.condition} AND ${afterCursorSql(NEWS_NEWEST_FIRST, request.page.after)}
        ${orderBySql(NEWS_NEWEST_FIRST)} LIMIT ${limit}`,
    ),
    keyOf: (row) => row.id,
  });
}

/** A page of news for each country, newest first, walking the (country, date, id) index; one statement. */
export function readNewsOfCountries(
  read: ReadSql,
  request: { countries: readonly string[]; page: PageRequest; projection: Projection; withCount: boolean },
): Promise<Map<string, ParentPages<NewsArticle>>> {
  return pagesOfParents<NewsArticle>(read, {
    parents: request.countries,
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "NewsCountry" l WHERE l."memberStateCode" = parent."key"::bpchar`,
    page: pageQuery(
      request.page,
      (limit) => Prisma.sql`SELECT ${newsColumns(request.projection)}, ${positionIn(NEWS_NEWEST_FIRST)}
        FROM (SELECT l."newsId" FROM "NewsCountry" l
              WHERE l."memberStateCode" = parent."key"::bpchar AND ${afterCursorSql(LINKED_NEWS_NEWEST_FIRST, request.page.after)}
              ${orderBySql(LINKED_NEWS_NEWEST_FIRST)} LIMIT ${limit}) l
        JOIN "NewsArticle" n ON n."id" = l."newsId"`,
    ),
    keyOf: (row) => row.id,
  });
}

/**
 * The first `first` projects related to each news release: the projects it names, then projects
 * benefiting one of its countries, by code within each. Each country contributes its first
 * `first` projects by code (read from the (country, role, project) index), never all of them.
 */
export async function readRelatedProjects(
  read: ReadSql,
  newsIds: readonly string[],
  first: number,
  projection: ProjectProjection,
): Promise<Map<string, Project[]>> {
  const related = new Map<string, Project[]>(newsIds.map((id) => [id, []]));
  if (first === 0) return related;
  const rows = await read<Project & { newsId: string }>(Prisma.sql`
    SELECT parent."key" AS "newsId", ${projectColumns(projection)}
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
    ORDER BY parent."ordinal", r."rank", p."code"`);
  withNewsDates(rows);
  for (const { newsId, ...project } of rows) related.get(newsId)!.push(project);
  return related;
}
