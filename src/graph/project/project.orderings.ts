import { Prisma, type MemberState } from "@prisma/client";
import { BadUserInputError } from "../shared/errors";
import { OrderDirection, ProjectOrderField, type ProjectOrder } from "./project-order.input";
import type { SearchHit } from "../search/search.type";
import type { Ordering, SortKey } from "../shared/ordering";
import type { NewsRecord, ProjectRecord } from "../shared/records";
import { projectRelevance } from "../shared/text-search";

const codeKey: SortKey<ProjectRecord> = {
  field: "code",
  column: Prisma.sql`p."code"`,
  type: "text",
  direction: "asc",
  nullable: false,
  valueOf: (project) => project.code,
};

export const PROJECTS_BY_CODE: Ordering<ProjectRecord> = { name: "project:code", keys: [codeKey] };

type KeyWithoutDirection = Omit<SortKey<ProjectRecord>, "direction">;

const PROJECT_SORT_KEYS: Record<Exclude<ProjectOrderField, "RELEVANCE">, KeyWithoutDirection> = {
  BUDGET: {
    field: "budgetUsd",
    column: Prisma.sql`p."budgetUsd"`,
    selected: Prisma.sql`p."budgetUsd"::text`,
    type: "numeric",
    nullable: true,
    valueOf: (project) => project.budgetUsd ?? null,
  },
  ALLOCATION_YEAR: {
    field: "allocationYear",
    column: Prisma.sql`p."allocationYear"`,
    type: "int",
    nullable: true,
    valueOf: (project) => project.allocationYear ?? null,
  },
  START_YEAR: {
    field: "startYear",
    column: Prisma.sql`p."startYear"`,
    type: "int",
    nullable: true,
    valueOf: (project) => project.startYear ?? null,
  },
  END_YEAR: {
    field: "endYear",
    column: Prisma.sql`p."endYear"`,
    type: "int",
    nullable: true,
    valueOf: (project) => project.endYear ?? null,
  },
  TITLE: {
    field: "sortTitle",
    column: Prisma.sql`p."sortTitle"`,
    type: "text",
    nullable: false,
    valueOf: (project) => project.sortTitle ?? "",
  },
  CODE: codeKey,
};

function sortKeyOf(field: ProjectOrderField, text: string | null): KeyWithoutDirection {
  if (field !== ProjectOrderField.RELEVANCE) return PROJECT_SORT_KEYS[field];
  if (!text) throw new BadUserInputError('Ordering by RELEVANCE needs a text to be relevant to: set "filter.text"', "orderBy");
  return {
    field: "relevance",
    column: projectRelevance(text),
    type: "float8",
    nullable: false,
    valueOf: (project) => project.relevance ?? 0,
  };
}

/**
 * The ordering a client asked for, ending on the project code so that no two projects tie. A cursor
 * carries the ordering's name, so that it only continues the ordering (and search text) it came from.
 */
export function projectOrdering(orderBy: readonly ProjectOrder[] | null | undefined, text: string | null): Ordering<ProjectRecord> {
  if (!orderBy || orderBy.length === 0) return PROJECTS_BY_CODE;
  const fields = orderBy.map((order) => order.field);
  if (new Set(fields).size !== fields.length) throw new BadUserInputError(`"orderBy" names a field twice: ${fields.join(", ")}`, "orderBy");
  const keys: SortKey<ProjectRecord>[] = orderBy.map((order) => ({
    ...sortKeyOf(order.field, text),
    direction: order.direction === OrderDirection.DESC ? "desc" : "asc",
  }));
  if (fields[fields.length - 1] !== ProjectOrderField.CODE) keys.push(codeKey);
  const relevanceOf = fields.includes(ProjectOrderField.RELEVANCE) ? `:${text}` : "";
  return { name: `project:${orderBy.map((order) => `${order.field}.${order.direction}`).join(",")}${relevanceOf}`, keys };
}

/** Newest first, undated last, ties by id; `date` and `id` name the columns in the table read (articles or link rows). */
function newsNewestFirst(date: Prisma.Sql, id: Prisma.Sql): Ordering<NewsRecord> {
  return {
    name: "news:newest",
    keys: [
      {
        field: "publishedAt",
        column: date,
        type: "timestamp",
        direction: "desc",
        nullable: true,
        valueOf: (news) => news.publishedAt?.toISOString() ?? null,
      },
      { field: "id", column: id, type: "text", direction: "asc", nullable: false, valueOf: (news) => news.id },
    ],
  };
}

/** News articles (alias n) newest first. */
export const NEWS_NEWEST_FIRST = newsNewestFirst(Prisma.sql`n."publishedAt"`, Prisma.sql`n."id"`);
/** The same order over link rows (alias l: NewsCountry, NewsProject), which carry their article's date. */
export const LINKED_NEWS_NEWEST_FIRST = newsNewestFirst(Prisma.sql`l."publishedAt"`, Prisma.sql`l."newsId"`);

/** Search results by rank; the ordering's name carries the query, so a cursor only continues its own search. */
export function searchOrdering(text: string): Ordering<SearchHit> {
  return {
    name: `search:${text}`,
    keys: [
      { field: "position", column: Prisma.sql`"position"`, type: "int", direction: "asc", nullable: false, valueOf: (hit) => hit.position },
    ],
  };
}

/** Countries by alpha-2 code; they are paged in memory (src/db/reference-cache.ts), the column is never used in SQL. */
export const MEMBER_STATES_BY_CODE: Ordering<MemberState> = {
  name: "state:code",
  keys: [{ field: "code", column: Prisma.sql`"code"`, type: "text", direction: "asc", nullable: false, valueOf: (state) => state.code }],
};
