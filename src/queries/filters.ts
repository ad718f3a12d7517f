import type { Prisma, PrismaClient } from "@prisma/client";
import { BadUserInputError } from "../errors";
import type { NewsFilter, ProjectFilter } from "../models/filters";
import { projectTypeCodeOf } from "../reference/vocabulary";
import { alpha2List } from "./country-codes";
import { relevanceByKey, searchText } from "./text-search";

function range<T extends string | number>(bounds: { min?: T | null; max?: T | null } | null | undefined, argument: string) {
  if (!bounds) return undefined;
  const { min, max } = bounds;
  if (min !== null && min !== undefined && max !== null && max !== undefined && Number(min) > Number(max)) {
    throw new BadUserInputError(`"${argument}" has min ${min} above max ${max}`, argument);
  }
  return { ...(min !== null && min !== undefined ? { gte: min } : {}), ...(max !== null && max !== undefined ? { lte: max } : {}) };
}

/**
 * The Prisma condition for a ProjectFilter: the one translation of project filters, used by every
 * list and statistic. A text condition is looked up first (one statement) in the search documents.
 */
export async function projectWhere(prisma: PrismaClient, filter: ProjectFilter | null | undefined): Promise<Prisma.ProjectWhereInput> {
  return (await projectWhereWithRelevance(prisma, filter)).where;
}

/** The same condition, with the relevance of each project the text matched (empty without a text). */
export async function projectWhereWithRelevance(
  prisma: PrismaClient,
  filter: ProjectFilter | null | undefined,
): Promise<{ where: Prisma.ProjectWhereInput; relevance: Map<string, number> }> {
  const where = projectFieldsWhere(filter);
  if (!filter?.text) return { where, relevance: new Map() };
  const relevance = await relevanceByKey(prisma, searchText(filter.text, "filter.text"), "project");
  return { where: { AND: [where, { code: { in: [...relevance.keys()] } }] }, relevance };
}

function projectFieldsWhere(filter: ProjectFilter | null | undefined): Prisma.ProjectWhereInput {
  if (!filter) return {};
  const conditions: Prisma.ProjectWhereInput[] = [];
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.beneficiaryState) {
    const codes = alpha2List(filter.beneficiaryState, "filter.beneficiaryState");
    conditions.push({ countries: { some: { role: "BENEFICIARY", memberStateCode: { in: codes } } } });
  }
  if (filter.anyCountry) conditions.push({ countries: { some: { memberStateCode: { in: alpha2List(filter.anyCountry, "filter.anyCountry") } } } });
  if (filter.region) conditions.push({ regionCode: { in: filter.region.map((code) => code.trim().toUpperCase()) } });
  if (filter.projectType) conditions.push({ projectTypeCode: { in: filter.projectType.map((type) => projectTypeCodeOf(type) ?? type.trim()) } });
  if (filter.coverage) conditions.push({ coverage: { in: filter.coverage } });
  const budget = range(filter.budgetUsd, "filter.budgetUsd");
  if (budget) conditions.push({ budgetUsd: { not: null, ...budget } });
  for (const field of ["allocationYear", "startYear", "endYear"] as const) {
    const years = range(filter[field], `filter.${field}`);
    if (years) conditions.push({ [field]: { not: null, ...years } });
  }
  if (filter.activeDuring !== null && filter.activeDuring !== undefined) {
    const year = filter.activeDuring;
    conditions.push({
      endYear: { gte: year },
      OR: [{ startYear: { lte: year } }, { startYear: null, allocationYear: { lte: year } }],
    });
  }
  if (filter.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  return { AND: conditions };
}

export async function newsWhere(prisma: PrismaClient, filter: NewsFilter | null | undefined): Promise<Prisma.NewsArticleWhereInput> {
  if (!filter) return {};
  const conditions: Prisma.NewsArticleWhereInput[] = [];
  if (filter.country) {
    conditions.push({ countries: { some: { memberStateCode: { in: alpha2List(filter.country, "filter.country") } } } });
  }
  if (filter.projectCode) conditions.push({ projects: { some: { projectCode: { in: filter.projectCode } } } });
  const { publishedAfter: after, publishedBefore: before } = filter;
  if (after && before && after > before) {
    throw new BadUserInputError(`"filter.publishedAfter" (${after.toISOString()}) is later than "filter.publishedBefore" (${before.toISOString()})`, "filter.publishedAfter");
  }
  if (after || before) conditions.push({ publishedAt: { not: null, ...(after ? { gte: after } : {}), ...(before ? { lte: before } : {}) } });
  if (filter.text) {
    const matches = await relevanceByKey(prisma, searchText(filter.text, "filter.text"), "news");
    conditions.push({ id: { in: [...matches.keys()] } });
  }
  return { AND: conditions };
}
