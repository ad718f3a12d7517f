import { Prisma } from "@prisma/client";
import { GraphQLInt, valueFromAST, type FieldNode, type GraphQLResolveInfo } from "graphql";
import { NEWS_PARTS, newsParts } from "../news/news.columns";
import { sortColumnsOf, type Ordering } from "../shared/ordering";
import { MAX_PAGE_SIZE } from "../shared/page-request";
import { asColumn, asJsonObject, part, projectionOf, type Part, type Projection } from "../shared/projection";
import { fieldsUnder, selectedFields } from "../shared/selection";
import type { Project } from "./project.type";

const countryCodes = (role: "BENEFICIARY" | "OTHER_BENEFITING") =>
  Prisma.sql`ARRAY(SELECT pc."memberStateCode"::text FROM "ProjectCountry" pc WHERE pc."projectCode" = p."code" AND pc."role" = ${role}::"CountryRole" ORDER BY 1)`;

const texts = (column: "title" | "description") =>
  Prisma.sql`(SELECT json_object_agg(t."language", t.${Prisma.raw(`"${column}"`)}) FROM "ProjectText" t WHERE t."projectCode" = p."code")`;

// What each GraphQL field of Project needs (projects are alias p). Small relations (a project's texts
// and countries, a dozen rows at most) come in the same statement as the project; names of countries,
// regions and types come from memory (src/db/reference-cache.ts). Related news are built per query.
const PROJECT_PARTS: Readonly<Record<string, Part>> = {
  primaId: part("primaId", Prisma.sql`p."primaId"`),
  status: part("status", Prisma.sql`p."status"::text`),
  budgetUsd: part("budgetUsd", Prisma.sql`p."budgetUsd"::text`),
  coverage: part("coverage", Prisma.sql`p."coverage"::text`),
  allocationYear: part("allocationYear", Prisma.sql`p."allocationYear"`),
  startYear: part("startYear", Prisma.sql`p."startYear"`),
  endYear: part("endYear", Prisma.sql`p."endYear"`),
  createdAt: part("createdAt", Prisma.sql`p."createdAt"`),
  updatedAt: part("updatedAt", Prisma.sql`p."updatedAt"`),
  region: part("regionCode", Prisma.sql`p."regionCode"`),
  projectType: part("projectTypeCode", Prisma.sql`p."projectTypeCode"`),
  title: part("titles", texts("title")),
  description: part("descriptions", texts("description")),
  beneficiaryStates: part("beneficiaryCodes", countryCodes("BENEFICIARY")),
  otherBenefitingCountries: part("otherCodes", countryCodes("OTHER_BENEFITING")),
};

/** A projection of projects, with the related news to fetch in the same statement when the query selects them. */
export interface ProjectProjection extends Projection {
  readonly relatedNews: { readonly first: number; readonly news: Projection } | null;
}

/** The `first` argument of a relatedNews selection (10 when left out), kept within the page limit: the resolver refuses values beyond it. */
function relatedNewsFirst(node: FieldNode, info: GraphQLResolveInfo): number {
  const argument = node.arguments?.find((candidate) => candidate.name.value === "first");
  const value = argument ? (valueFromAST(argument.value, GraphQLInt, info.variableValues) as number | null | undefined) : undefined;
  return Math.min(Math.max(value ?? 10, 0), MAX_PAGE_SIZE);
}

/** What the query selects on the projects the current field returns (see selectedFields). */
export function projectProjection(info: GraphQLResolveInfo): ProjectProjection {
  const selected = selectedFields(info, "Project");
  const projection = projectionOf(selected, PROJECT_PARTS);
  const relatedNodes = selected.get("relatedNews");
  if (!relatedNodes) return { ...projection, relatedNews: null };
  // Aliases asking for different numbers share one fetch of the largest; each resolver keeps its own count.
  const first = Math.max(...relatedNodes.map((node) => relatedNewsFirst(node, info)));
  const news = projectionOf(fieldsUnder(info, relatedNodes, "NewsArticle"), NEWS_PARTS);
  return { ...projection, key: `${projection.key};relatedNews:${first}:${news.key}`, relatedNews: { first, news } };
}

/**
 * The ids and dates of the newest `first` news related to the project whose code is `projectCode`:
 * news about one of its beneficiary states or naming it, merged, newest first, ties by id. For each
 * state (and for the project's own links) the (key, date, id) index is walked for `first` rows at
 * most; the rows read never depend on how many news a country has.
 */
function relatedNewsIds(projectCode: Prisma.Sql, first: number): Prisma.Sql {
  const newest = (alias: string) => Prisma.raw(`${alias}."publishedAt" DESC NULLS LAST, ${alias}."newsId"`);
  return Prisma.sql`SELECT c."newsId", c."publishedAt" FROM (
      SELECT top."newsId", top."publishedAt" FROM "ProjectCountry" pc
      CROSS JOIN LATERAL (SELECT l."newsId", l."publishedAt" FROM "NewsCountry" l
                          WHERE l."memberStateCode" = pc."memberStateCode" ORDER BY ${newest("l")} LIMIT ${first}) top
      WHERE pc."projectCode" = ${projectCode} AND pc."role" = 'BENEFICIARY'
      UNION
      (SELECT l."newsId", l."publishedAt" FROM "NewsProject" l WHERE l."projectCode" = ${projectCode} ORDER BY ${newest("l")} LIMIT ${first})
    ) c
    ORDER BY ${newest("c")} LIMIT ${first}`;
}

// Related news travel as JSON inside their project's row, their dates as epoch milliseconds.
function relatedNewsPart(relatedNews: NonNullable<ProjectProjection["relatedNews"]>): Part {
  const epochMilliseconds = Prisma.sql`floor(extract(epoch FROM n."publishedAt") * 1000)`;
  return part(
    "relatedNews",
    Prisma.sql`(SELECT coalesce(json_agg(${asJsonObject(newsParts(relatedNews.news, epochMilliseconds))} ORDER BY r."publishedAt" DESC NULLS LAST, r."newsId"), '[]')
      FROM (${relatedNewsIds(Prisma.sql`p."code"`, relatedNews.first)}) r JOIN "NewsArticle" n ON n."id" = r."newsId")`,
  );
}

/** The select list of a projection of projects (alias p): the code always, the ordering's sort keys, each selected part once. */
export function projectColumns(projection: ProjectProjection, ordering?: Ordering<Project>): Prisma.Sql {
  const columns = new Map<string, Prisma.Sql>([["code", Prisma.sql`p."code"`], ...(ordering ? sortColumnsOf(ordering) : [])]);
  for (const field of projection.fields) columns.set(field, asColumn(PROJECT_PARTS[field]!));
  if (projection.relatedNews) columns.set("relatedNews", asColumn(relatedNewsPart(projection.relatedNews)));
  return Prisma.join([...columns.values()]);
}

/** Project rows as statements return them, with the dates of their related news (epoch milliseconds in JSON) made dates again. */
export function withNewsDates<Row extends Project>(rows: Row[]): Row[] {
  for (const row of rows) {
    for (const news of row.relatedNews ?? []) {
      const published = news.publishedAt as unknown as number | null;
      news.publishedAt = published === null ? null : new Date(published);
    }
  }
  return rows;
}
