import { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import { afterCursorSql, orderBySql, reversed, type Ordering } from "../shared/ordering";
import type { PageRequest } from "../shared/page-request";
import { pageOfList, pageQuery, pagesOfParents, positionIn, type ParentPages, type ParentPagesStatement } from "../shared/parent-pages";
import { projectColumns, withNewsDates, type ProjectProjection } from "./project.columns";
import type { Project } from "./project.type";

/** The projects of these codes, with the selected parts; one statement. */
export async function readProjectsByCode(read: ReadSql, codes: readonly string[], projection: ProjectProjection): Promise<Project[]> {
  return withNewsDates(
    await read<Project>(Prisma.sql`SELECT ${projectColumns(projection)} FROM "Project" p WHERE p."code" = ANY(${[...codes]}::text[])`),
  );
}

/** Whose projects a nested list holds: the parent key is `parent."key"` in the condition. */
export const PROJECT_PARENTS = {
  /** A country's projects, as an eligible beneficiary member state. */
  beneficiaryState: Prisma.sql`EXISTS (SELECT 1 FROM "ProjectCountry" pc
    WHERE pc."projectCode" = p."code" AND pc."memberStateCode" = parent."key"::bpchar AND pc."role" = 'BENEFICIARY')`,
  /** A region's projects. */
  region: Prisma.sql`p."regionCode" = parent."key"`,
} as const;

export interface ProjectPageRequest {
  /** The filter's condition, compiled (project.conditions.ts). */
  condition: Prisma.Sql;
  ordering: Ordering<Project>;
  page: PageRequest;
  projection: ProjectProjection;
  withCount: boolean;
}

/**
 * The statement of a page of projects: rows read by a LIMITed sub-query (one row more than the page,
 * to know whether another follows) in the ordering or, going backward, in reverse; the count, when
 * asked, computed beside it.
 */
function projectPage(request: ProjectPageRequest, scope: Prisma.Sql): Omit<ParentPagesStatement<Project>, "parents"> {
  const direction = request.page.backward ? reversed(request.ordering) : request.ordering;
  return {
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "Project" p WHERE ${scope}`,
    page: pageQuery(
      request.page,
      (limit) => Prisma.sql`SELECT ${projectColumns(request.projection, request.ordering)}, ${positionIn(direction)} FROM "Project" p
        WHERE ${scope} AND ${afterCursorSql(direction, request.page.after)}
        ${orderBySql(direction)} LIMIT ${limit}`,
    ),
    keyOf: (row) => row.code,
  };
}

/** A page of all projects meeting the condition; one statement. */
export async function readProjectPage(read: ReadSql, request: ProjectPageRequest): Promise<ParentPages<Project>> {
  const page = await pageOfList(read, projectPage(request, request.condition));
  withNewsDates(page.rows);
  return page;
}

/** A page of projects for each parent (a country, a region: `parentCondition`), in one statement. */
export async function readProjectPagesOfParents(
  read: ReadSql,
  request: ProjectPageRequest & { parents: readonly string[]; parentCondition: Prisma.Sql },
): Promise<Map<string, ParentPages<Project>>> {
  const pages = await pagesOfParents(read, {
    ...projectPage(request, Prisma.sql`${request.parentCondition} AND ${request.condition}`),
    parents: request.parents,
  });
  for (const { rows } of pages.values()) withNewsDates(rows);
  return pages;
}
