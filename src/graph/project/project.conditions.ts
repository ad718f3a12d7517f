import { Prisma } from "@prisma/client";
import { foldForMatching } from "../../reference/normalize";
import { projectTypeCodeOf } from "../../reference/vocabulary";
import { all, range, utcTimestamp } from "../shared/conditions";
import { alpha2List } from "../shared/identifier-arguments";
import { searchText, textMatches } from "../shared/text-search";
import type { ProjectFilter } from "./project.inputs";

// The country's project codes are read once from the (country, role, project) index, then the
// projects by their key: PostgreSQL would otherwise read every project of the other conditions
// (all active ones, say) to keep the few of the country.
const countriesCondition = (codes: readonly string[], role: "BENEFICIARY" | null) => Prisma.sql`p."code" = ANY(ARRAY(
  SELECT pc."projectCode" FROM "ProjectCountry" pc WHERE pc."memberStateCode" = ANY(${[...codes]}::bpchar[])
  ${role ? Prisma.sql`AND pc."role" = 'BENEFICIARY'` : Prisma.empty}))`;

/**
 * Projects of these types, each given by code or by name: a name of a known type is read here; any
 * other is looked up among the names imports recorded (types the reference list lacks, other names
 * pages give a type), in the statement.
 */
function projectTypeCondition(types: readonly string[]): Prisma.Sql {
  const known = types.map((type) => projectTypeCodeOf(type));
  const codes = types.map((type, index) => known[index] ?? type.trim());
  const otherNames = types.filter((_type, index) => !known[index]).map(foldForMatching);
  if (otherNames.length === 0) return Prisma.sql`p."projectTypeCode" = ANY(${codes}::text[])`;
  return Prisma.sql`p."projectTypeCode" = ANY(${codes}::text[] ||
    ARRAY(SELECT n."projectTypeCode" FROM "ProjectTypeName" n WHERE n."folded" = ANY(${otherNames}::text[])))`;
}

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
  if (filter.projectType) conditions.push(projectTypeCondition(filter.projectType));
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
