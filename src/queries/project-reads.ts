import { Prisma, type PrismaClient } from "@prisma/client";
import type { GraphQLResolveInfo } from "graphql";
import { afterCursorSql, orderBySql, reversed, sortColumnsOf, type Ordering } from "../pagination/ordering";
import type { PageRequest } from "../pagination/page-request";
import { pagesOfParents, type ParentPages } from "./parent-pages";
import { projectionOf, type Projection } from "./projection";
import type { ProjectRecord } from "./records";

const countryCodes = (role: "BENEFICIARY" | "OTHER_BENEFITING", alias: string) =>
  Prisma.sql`ARRAY(SELECT pc."memberStateCode"::text FROM "ProjectCountry" pc
    WHERE pc."projectCode" = p."code" AND pc."role" = ${role}::"CountryRole" ORDER BY 1) AS ${Prisma.raw(`"${alias}"`)}`;

const texts = (column: "title" | "description", alias: string) =>
  Prisma.sql`(SELECT json_object_agg(t."language", t.${Prisma.raw(`"${column}"`)}) FROM "ProjectText" t WHERE t."projectCode" = p."code") AS ${Prisma.raw(`"${alias}"`)}`;

// What each GraphQL field of Project needs from the database (projects are alias p). Small relations
// (a project's texts and countries, a dozen rows at most) come in the same statement as the project;
// names of countries, regions and types come from memory (src/db/reference-cache.ts).
const PROJECT_PARTS: Readonly<Record<string, Prisma.Sql>> = {
  primaId: Prisma.sql`p."primaId"`,
  status: Prisma.sql`p."status"::text AS "status"`,
  budgetUsd: Prisma.sql`p."budgetUsd"::text AS "budgetUsd"`,
  coverage: Prisma.sql`p."coverage"::text AS "coverage"`,
  allocationYear: Prisma.sql`p."allocationYear"`,
  startYear: Prisma.sql`p."startYear"`,
  endYear: Prisma.sql`p."endYear"`,
  createdAt: Prisma.sql`p."createdAt"`,
  updatedAt: Prisma.sql`p."updatedAt"`,
  region: Prisma.sql`p."regionCode"`,
  projectType: Prisma.sql`p."projectTypeCode"`,
  title: texts("title", "titles"),
  description: texts("description", "descriptions"),
  beneficiaryStates: countryCodes("BENEFICIARY", "beneficiaryCodes"),
  otherBenefitingCountries: countryCodes("OTHER_BENEFITING", "otherCodes"),
};

/** What the query selects on the projects the current field returns. */
export const projectProjection = (info: GraphQLResolveInfo): Projection => projectionOf(info, "Project", PROJECT_PARTS);

/** The select list for the selected GraphQL fields: the code always, the sort keys of the ordering, and each selected part once. */
export function projectColumns(fields: ReadonlySet<string>, ordering?: Ordering<ProjectRecord>): Prisma.Sql {
  const columns = new Map<string, Prisma.Sql>([["code", Prisma.sql`p."code"`], ...(ordering ? sortColumnsOf(ordering) : [])]);
  for (const field of fields) {
    const part = PROJECT_PARTS[field];
    if (part) columns.set(field, part);
  }
  return Prisma.join([...columns.values()]);
}

/** The projects of these codes, with the selected parts; one statement. */
export function readProjectsByCode(prisma: PrismaClient, codes: readonly string[], fields: ReadonlySet<string>): Promise<ProjectRecord[]> {
  return prisma.$queryRaw<ProjectRecord[]>`SELECT ${projectColumns(fields)} FROM "Project" p WHERE p."code" = ANY(${[...codes]}::text[])`;
}

/** Whose projects a nested list holds: the parent key is `parent."key"` in the condition. */
export const PROJECT_PARENTS = {
  /** The list itself, no parent. */
  none: Prisma.sql`TRUE`,
  /** A country's projects, as an eligible beneficiary member state. */
  beneficiaryState: Prisma.sql`EXISTS (SELECT 1 FROM "ProjectCountry" pc
    WHERE pc."projectCode" = p."code" AND pc."memberStateCode" = parent."key" AND pc."role" = 'BENEFICIARY')`,
  /** A region's projects. */
  region: Prisma.sql`p."regionCode" = parent."key"`,
} as const;

export interface ProjectPagesRequest {
  parents: readonly string[];
  parentCondition: Prisma.Sql;
  condition: Prisma.Sql;
  ordering: Ordering<ProjectRecord>;
  page: PageRequest;
  fields: ReadonlySet<string>;
  withCount: boolean;
}

/**
 * One page of projects for each parent, in one statement: each parent's page is read by its own
 * LIMITed sub-query (one row more than the page, to know whether another follows), and the count,
 * when asked, is computed beside it.
 */
export async function readProjectPages(prisma: PrismaClient, request: ProjectPagesRequest): Promise<Map<string, ParentPages<ProjectRecord>>> {
  const direction = request.page.backward ? reversed(request.ordering) : request.ordering;
  const scope = Prisma.sql`${request.parentCondition} AND ${request.condition}`;
  return pagesOfParents<ProjectRecord>(prisma, {
    parents: request.parents,
    ordering: direction,
    withCount: request.withCount,
    count: Prisma.sql`SELECT count(*)::int AS "totalCount" FROM "Project" p WHERE ${scope}`,
    page:
      request.page.first === 0
        ? null
        : Prisma.sql`SELECT ${projectColumns(request.fields, request.ordering)} FROM "Project" p
            WHERE ${scope} AND ${afterCursorSql(direction, request.page.after)}
            ${orderBySql(direction)} LIMIT ${request.page.first + 1}`,
    keyOf: (row) => row.code,
  });
}
