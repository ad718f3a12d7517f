import { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import { projectCondition } from "../project/project.conditions";
import type { ProjectFilter } from "../project/project.inputs";
import { BadUserInputError } from "../shared/errors";
import { ProjectDimension, type ProjectBucket } from "./project-bucket.type";

// Each dimension's column and the bucket field it fills; the only SQL the client's choice reaches.
const DIMENSIONS: Record<ProjectDimension, { column: Prisma.Sql; field: keyof ProjectBucket }> = {
  REGION: { column: Prisma.sql`p."regionCode"`, field: "regionCode" },
  BENEFICIARY_STATE: { column: Prisma.sql`pc."memberStateCode"`, field: "beneficiaryStateCode" },
  STATUS: { column: Prisma.sql`p."status"::text`, field: "status" },
  PROJECT_TYPE: { column: Prisma.sql`p."projectTypeCode"`, field: "projectTypeCode" },
  COVERAGE: { column: Prisma.sql`p."coverage"::text`, field: "coverage" },
  ALLOCATION_YEAR: { column: Prisma.sql`p."allocationYear"`, field: "allocationYear" },
};

interface BucketRow {
  count: number;
  budgetSum: string;
  budgetAvg: string | null;
  budgetMin: string | null;
  budgetMax: string | null;
  [dimension: string]: unknown;
}

/**
 * Counts and budget figures of the filtered projects, grouped in SQL: one statement.
 */
export async function readProjectBuckets(
  read: ReadSql,
  filter: ProjectFilter | null | undefined,
  groupBy: readonly ProjectDimension[],
): Promise<ProjectBucket[]> {
  if (new Set(groupBy).size !== groupBy.length)
    throw new BadUserInputError(`"groupBy" names a dimension twice: ${groupBy.join(", ")}`, "groupBy");
  const dimensions = groupBy.map((dimension) => ({ dimension, ...DIMENSIONS[dimension] }));
  const selected = dimensions.map(({ column, dimension }) => Prisma.sql`${column} AS ${Prisma.raw(`"${dimension}"`)}`);
  const columns = dimensions.map(({ column }) => column);
  const joinStates = groupBy.includes(ProjectDimension.BENEFICIARY_STATE)
    ? Prisma.sql`JOIN "ProjectCountry" pc ON pc."projectCode" = p."code" AND pc."role" = 'BENEFICIARY'`
    : Prisma.empty;
  const rows = await read<BucketRow>(Prisma.sql`
    SELECT ${Prisma.join([...selected, Prisma.sql`1 AS "one"`])},
      count(*)::int AS "count",
      coalesce(sum(p."budgetUsd"), 0)::text AS "budgetSum",
      round(avg(p."budgetUsd"), 2)::text AS "budgetAvg",
      min(p."budgetUsd")::text AS "budgetMin",
      max(p."budgetUsd")::text AS "budgetMax"
    FROM "Project" p ${joinStates}
    WHERE ${projectCondition(filter)}
    ${columns.length > 0 ? Prisma.sql`GROUP BY ${Prisma.join(columns)} ORDER BY ${Prisma.join(columns)}` : Prisma.empty}`);
  return rows
    .filter((row) => columns.length > 0 || row.count > 0)
    .map((row) => {
      const bucket: ProjectBucket = {
        regionCode: null,
        beneficiaryStateCode: null,
        projectTypeCode: null,
        status: null,
        coverage: null,
        allocationYear: null,
        count: row.count,
        budgetSum: row.budgetSum,
        budgetAvg: row.budgetAvg,
        budgetMin: row.budgetMin,
        budgetMax: row.budgetMax,
      };
      for (const { dimension, field } of dimensions) Object.assign(bucket, { [field]: row[dimension] ?? null });
      return bucket;
    });
}
