import { Prisma, type PrismaClient } from "@prisma/client";
import { afterCursorSql, orderBySql, reversed, type Ordering } from "../shared/ordering";
import type { PageRequest } from "../shared/page-request";
import { projectColumns, projectRecords, type ProjectProjection } from "./project.columns";
import { pagesOfParents, positionIn, type ParentPages } from "../shared/parent-pages";
import type { ProjectRecord } from "../shared/records";

/** The projects of these codes, with the selected parts; one statement. */
export async function readProjectsByCode(
  prisma: PrismaClient,
  codes: readonly string[],
  projection: ProjectProjection,
): Promise<ProjectRecord[]> {
  return projectRecords(
    await prisma.$queryRaw<
      ProjectRecord[]
    >`SELECT ${projectColumns(projection)} FROM "Project" p WHERE p."code" = ANY(${[...codes]}::text[])`,
  );
}

/** Whose projects a nested list holds: the parent key is `parent."key"` in the condition. */
export const PROJECT_PARENTS = {
  /** The list itself, no parent. */
  none: Prisma.sql`TRUE`,
  /** A country's projects, as an eligible beneficiary member state. */
  beneficiaryState: Prisma.sql`EXISTS (SELECT 1 FROM "ProjectCountry" pc
    WHERE pc."projectCode" = p."code" AND pc."memberStateCode" = parent."key"::bpchar AND pc."role" = 'BENEFICIARY')`,
  /** A region's projects. */
  region: Prisma.sql`p."regionCode" = parent."key"`,
} as const;

export interface ProjectPagesRequest {
  parents: readonly string[];
  parentCondition: Prisma.Sql;
  condition: Prisma.Sql;
  ordering: Ordering<ProjectRecord>;
  page: PageRequest;
  projection: ProjectProjection;
  withCount: boolean;
}

/**
 * One page of projects for each parent, in one statement: each parent's page is read by its own
 * LIMITed sub-query (one row more than the page, to know whether another follows), and the count,
 * when asked, is computed beside it.
 */
export async function readProjectPages(
  prisma: PrismaClient,
  request: ProjectPagesRequest,
): Promise<Map<string, ParentPages<ProjectRecord>>> {
  const direction = request.page.backward ? reversed(request.ordering) : request.ordering;
  const scope = Prisma.sql`${request.parentCondition} AND ${request.condition}`;
  const pages = await pagesOfParents<ProjectRecord>(prisma, {
    parents: request.parents,
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "Project" p WHERE ${scope}`,
    page:
      request.page.first === 0
        ? null
        : Prisma.sql`SELECT ${projectColumns(request.projection, request.ordering)}, ${positionIn(direction)} FROM "Project" p
            WHERE ${scope} AND ${afterCursorSql(direction, request.page.after)}
            ${orderBySql(direction)} LIMIT ${request.page.first + 1}`,
    keyOf: (row) => row.code,
  });
  for (const { rows } of pages.values()) projectRecords(rows);
  return pages;
}
