import type { MemberState, NewsArticle, Project } from "@prisma/client";
import { BadUserInputError } from "../errors";
import { OrderDirection, ProjectOrderField, type ProjectOrder } from "../models/project-order";
import type { Ordering, SortKey } from "../pagination/ordering";
import type { SearchHit } from "../models/search.model";

export const PROJECTS_BY_CODE: Ordering<Project> = {
  name: "project:code",
  keys: [{ field: "code", direction: "asc", nullable: false, valueOf: (project) => project.code }],
};

/** A project with its relevance to a text filter, when ordered by RELEVANCE. */
export type RankedProject = Project & { relevance?: number };

const PROJECT_SORT_KEYS: Record<ProjectOrderField, Omit<SortKey<RankedProject>, "direction">> = {
  BUDGET: { field: "budgetUsd", nullable: true, valueOf: (project) => project.budgetUsd?.toFixed(2) ?? null },
  ALLOCATION_YEAR: { field: "allocationYear", nullable: true, valueOf: (project) => project.allocationYear },
  START_YEAR: { field: "startYear", nullable: true, valueOf: (project) => project.startYear },
  END_YEAR: { field: "endYear", nullable: true, valueOf: (project) => project.endYear },
  TITLE: { field: "sortTitle", nullable: false, valueOf: (project) => project.sortTitle },
  CODE: { field: "code", nullable: false, valueOf: (project) => project.code },
  RELEVANCE: { field: "relevance", nullable: false, valueOf: (project) => project.relevance ?? 0 },
};

export const isRankedOrdering = (ordering: Ordering<RankedProject>) => ordering.keys.some((key) => key.field === "relevance");

/** The ordering a client asked for, ending on the project code so that no two projects tie. */
export function projectOrdering(orderBy: readonly ProjectOrder[] | null | undefined): Ordering<RankedProject> {
  if (!orderBy || orderBy.length === 0) return PROJECTS_BY_CODE;
  const fields = orderBy.map((order) => order.field);
  if (new Set(fields).size !== fields.length) throw new BadUserInputError(`"orderBy" names a field twice: ${fields.join(", ")}`, "orderBy");
  const keys: SortKey<RankedProject>[] = orderBy.map((order) => ({ ...PROJECT_SORT_KEYS[order.field], direction: order.direction === OrderDirection.DESC ? "desc" : "asc" }));
  if (fields[fields.length - 1] !== ProjectOrderField.CODE) keys.push(PROJECTS_BY_CODE.keys[0]!);
  return { name: `project:${orderBy.map((order) => `${order.field}.${order.direction}`).join(",")}`, keys };
}

/** Search results by rank; the ordering's name carries the query, so a cursor only continues its own search. */
export function searchOrdering(text: string): Ordering<SearchHit> {
  return { name: `search:${text}`, keys: [{ field: "position", direction: "asc", nullable: false, valueOf: (hit) => hit.position }] };
}

export const MEMBER_STATES_BY_CODE: Ordering<MemberState> = {
  name: "state:code",
  keys: [{ field: "code", direction: "asc", nullable: false, valueOf: (state) => state.code }],
};

export const NEWS_NEWEST_FIRST: Ordering<NewsArticle> = {
  name: "news:newest",
  keys: [
    { field: "publishedAt", direction: "desc", nullable: true, valueOf: (news) => news.publishedAt?.toISOString() ?? null },
    { field: "id", direction: "asc", nullable: false, valueOf: (news) => news.id },
  ],
};
