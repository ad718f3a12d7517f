import { Prisma } from "@prisma/client";
import { alpha2List } from "../shared/identifier-arguments";
import { all, utcTimestamp } from "../shared/conditions";
import { BadUserInputError } from "../shared/errors";
import { searchText, textMatches } from "../shared/text-search";
import type { NewsFilter } from "./news.inputs";

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
