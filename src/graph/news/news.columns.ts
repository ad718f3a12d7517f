import { Prisma } from "@prisma/client";
import type { GraphQLResolveInfo } from "graphql";
import { asColumn, part, projectionOf, type Part, type Projection } from "../shared/projection";
import { selectedFields } from "../shared/selection";

// What each GraphQL field of NewsArticle needs (articles are alias n); the long texts only when asked.
export const NEWS_PARTS: Readonly<Record<string, Part>> = {
  title: part("title", Prisma.sql`n."title"`),
  summary: part("summary", Prisma.sql`n."summary"`),
  body: part("body", Prisma.sql`n."body"`),
  contact: part("contact", Prisma.sql`n."contact"`),
  sourceLanguage: part("sourceLanguage", Prisma.sql`n."sourceLanguage"::text`),
  countries: part(
    "countryCodes",
    Prisma.sql`ARRAY(SELECT nc."memberStateCode"::text FROM "NewsCountry" nc WHERE nc."newsId" = n."id" ORDER BY 1)`,
  ),
  projectCodes: part(
    "projectCodes",
    Prisma.sql`ARRAY(SELECT np."projectCode" FROM "NewsProject" np WHERE np."newsId" = n."id" ORDER BY 1)`,
  ),
};

/** What the query selects on the news the current field returns. */
export const newsProjection = (info: GraphQLResolveInfo): Projection => projectionOf(selectedFields(info, "NewsArticle"), NEWS_PARTS);

/** The parts of a projection of news: id and date always (they are the sort keys), each selected part once. */
export const newsParts = (projection: Projection, publishedAt: Prisma.Sql): Part[] => [
  part("id", Prisma.sql`n."id"`),
  part("publishedAt", publishedAt),
  ...[...projection.fields].map((field) => NEWS_PARTS[field]!),
];

/** The select list of a projection of news (alias n). */
export const newsColumns = (projection: Projection): Prisma.Sql =>
  Prisma.join(newsParts(projection, Prisma.sql`n."publishedAt"`).map(asColumn));
