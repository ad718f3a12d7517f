import type { Prisma } from "@prisma/client";
import type { NewsFilter, ProjectFilter } from "../models/filters";
import { alpha2List } from "./country-codes";

/** The Prisma condition for a ProjectFilter: the one translation of project filters, used by every list. */
export function projectWhere(filter: ProjectFilter | null | undefined): Prisma.ProjectWhereInput {
  if (!filter) return {};
  const conditions: Prisma.ProjectWhereInput[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.beneficiaryState) {
    const codes = alpha2List(filter.beneficiaryState, "filter.beneficiaryState");
    conditions.push({ countries: { some: { role: "BENEFICIARY", memberStateCode: { in: codes } } } });
  }
  if (filter.region) conditions.push({ regionCode: { in: filter.region.map((code) => code.trim().toUpperCase()) } });
  return { AND: conditions };
}

export function newsWhere(filter: NewsFilter | null | undefined): Prisma.NewsArticleWhereInput {
  if (!filter) return {};
  const conditions: Prisma.NewsArticleWhereInput[] = [];
  if (filter.country) {
    conditions.push({ countries: { some: { memberStateCode: { in: alpha2List(filter.country, "filter.country") } } } });
  }
  if (filter.projectCode) conditions.push({ projects: { some: { projectCode: { in: filter.projectCode } } } });
  return { AND: conditions };
}
