import { Prisma } from "@prisma/client";
import { BadUserInputError } from "../shared/errors";
import type { NewsFilter, ProjectFilter } from "./project.inputs";
import { projectTypeCodeOf } from "../../reference/vocabulary";
import { alpha2List } from "../member-state/country-codes";
import { searchText, textMatches } from "../shared/text-search";

const all = (conditions: readonly Prisma.Sql[]) => (conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

/** A timestamp parameter compared with the database's UTC timestamps, whatever the session time zone. */
export const utcTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

function range<T extends string | number>(
  column: Prisma.Sql,
  type: "numeric" | "int",
  bounds: { min?: T | null; max?: T | null } | null | undefined,
  argument: string,
): Prisma.Sql[] {
  if (!bounds) return [];
  const { min, max } = bounds;
  const has = (value: T | null | undefined): value is T => value !== null && value !== undefined;
  if (has(min) && has(max) && Number(min) > Number(max))
    throw new BadUserInputError(`"${argument}" has min ${min} above max ${max}`, argument);
  return [
    ...(has(min) ? [Prisma.sql`${column} >= ${min}::${Prisma.raw(type)}`] : []),
    ...(has(max) ? [Prisma.sql`${column} <= ${max}::${Prisma.raw(type)}`] : []),
  ];
}

// The country's project codes are read once from the (country, role, project) index, then the
// projects by their key: PostgreSQL would otherwise read every project of the other conditions
// (all active ones, say) to keep the few of the country.
const countriesCondition = (codes: readonly string[], role: "BENEFICIARY" | null) => Prisma.sql`p."code" = ANY(ARRAY(
  SELECT pc."projectCode" FROM "ProjectCountry" pc WHERE pc."memberStateCode" = ANY(${[...codes]}::bpchar[])
  ${role ? Prisma.sql`AND pc."role" = 'BENEFICIARY'` : Prisma.empty}))`;

/**
 * The SQL condition of a ProjectFilter on the projects of alias p: the one translation of project
 * filters, used by every list, nested list, count and statistic. Pure: no database call while it is
 * built; a text condition becomes a sub-query on the search documents.
 */
export function projectCondition(filter: ProjectFilter | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const conditions: Prisma.Sql[] = [];
  if (filter.status) conditions.push(Prisma.sql`p."status" = ${filter.status}::"ProjectStatus"`);
  if (filter.beneficiaryState)
    conditions.push(countriesCondition(alpha2List(filter.beneficiaryState, "filter.beneficiaryState"), "BENEFICIARY"));
  if (filter.anyCountry) conditions.push(countriesCondition(alpha2List(filter.anyCountry, "filter.anyCountry"), null));
  if (filter.region) conditions.push(Prisma.sql`p."regionCode" = ANY(${filter.region.map((code) => code.trim().toUpperCase())}::text[])`);
  if (filter.projectType) {
    conditions.push(
      Prisma.sql`p."projectTypeCode" = ANY(${filter.projectType.map((type) => projectTypeCodeOf(type) ?? type.trim())}::text[])`,
    );
  }
  if (filter.coverage) conditions.push(Prisma.sql`p."coverage"::text = ANY(${[...filter.coverage]}::text[])`);
  conditions.push(...range(Prisma.sql`p."budgetUsd"`, "numeric", filter.budgetUsd, "filter.budgetUsd"));
  conditions.push(...range(Prisma.sql`p."allocationYear"`, "int", filter.allocationYear, "filter.allocationYear"));
  conditions.push(...range(Prisma.sql`p."startYear"`, "int", filter.startYear, "filter.startYear"));
  conditions.push(...range(Prisma.sql`p."endYear"`, "int", filter.endYear, "filter.endYear"));
  if (filter.activeDuring !== null && filter.activeDuring !== undefined) {
    const year = filter.activeDuring;
    conditions.push(
      Prisma.sql`p."endYear" >= ${year}::int AND (p."startYear" <= ${year}::int OR (p."startYear" IS NULL AND p."allocationYear" <= ${year}::int))`,
    );
  }
  if (filter.updatedSince) conditions.push(Prisma.sql`p."updatedAt" >= ${utcTimestamp(filter.updatedSince)}`);
  if (filter.text) conditions.push(textMatches("project", Prisma.sql`p."code"`, searchText(filter.text, "filter.text")));
  return all(conditions);
}

/** The SQL condition of a NewsFilter on the news articles of alias n; pure, like projectCondition. */
export function newsCondition(filter: NewsFilter | null | undefined): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const conditions: Prisma.Sql[] = [];
  if (filter.country) {
    const codes = alpha2List(filter.country, "filter.country");
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "NewsCountry" nc WHERE nc."newsId" = n."id" AND nc."memberStateCode" = ANY(${codes}::bpchar[]))`,
    );
  }
  if (filter.projectCode) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "NewsProject" np WHERE np."newsId" = n."id" AND np."projectCode" = ANY(${filter.projectCode.map((code) => code.trim())}::text[]))`,
    );
  }
  const { publishedAfter: after, publishedBefore: before } = filter;
  if (after && before && after > before) {
    throw new BadUserInputError(
      `"filter.publishedAfter" (${after.toISOString()}) is later than "filter.publishedBefore" (${before.toISOString()})`,
      "filter.publishedAfter",
    );
  }
  if (after) conditions.push(Prisma.sql`n."publishedAt" >= ${utcTimestamp(after)}`);
  if (before) conditions.push(Prisma.sql`n."publishedAt" <= ${utcTimestamp(before)}`);
  if (filter.text) conditions.push(textMatches("news", Prisma.sql`n."id"`, searchText(filter.text, "filter.text")));
  return all(conditions);
}
