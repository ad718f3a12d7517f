import type { Language, MemberState, PrismaClient } from "@prisma/client";
import type { GraphQLResolveInfo } from "graphql";
import type { ReferenceCache } from "../../db/reference-cache";
import type { NewsFilter, ProjectFilter } from "../project/project.inputs";
import type { ProjectDimension } from "../project-stats/project-bucket.type";
import type { SearchHit } from "../search/search.type";
import { connectionFrom, type ConnectionData } from "./connection";
import type { Ordering } from "./ordering";
import type { PageRequest } from "./page-request";
import { newsCondition, projectCondition } from "../project/project.conditions";
import { readNewsPage } from "../news/news.reads";
import { MEMBER_STATES_BY_CODE } from "../project/project.orderings";
import { projectStats } from "../project-stats/project-stats.reads";
import type { ProjectProjection, Projection } from "../project/project.columns";
import { PROJECT_PARENTS, readProjectPages } from "../project/project.reads";
import type { NewsRecord, ProjectRecord } from "./records";
import { selectsField } from "./selection";
import { searchMatches, type SearchKind } from "./text-search";

const SEARCH_KINDS: readonly SearchKind[] = ["project", "news"];

/** What a list needs beside its own arguments: the parts its items select, and whether totalCount is asked. */
export interface ListSelection<P extends Projection> {
  projection: P;
  withCount: boolean;
}

/** The selection of the connection the current field returns. */
export const listSelection = <P extends Projection>(
  info: GraphQLResolveInfo,
  projectionOf: (info: GraphQLResolveInfo) => P,
): ListSelection<P> => ({
  projection: projectionOf(info),
  withCount: selectsField(info, "totalCount"),
});

/** The top-level lists of the API, each one statement. Nested lists go through loaders (src/loaders) to be batched. */
export function createListQueries(prisma: PrismaClient, reference: ReferenceCache) {
  return {
    projects: async (
      filter: ProjectFilter | null | undefined,
      ordering: Ordering<ProjectRecord>,
      page: PageRequest,
      selection: ListSelection<ProjectProjection>,
    ) => {
      const pages = await readProjectPages(prisma, {
        parents: [""],
        parentCondition: PROJECT_PARENTS.none,
        condition: projectCondition(filter),
        ordering,
        page,
        projection: selection.projection,
        withCount: selection.withCount,
      });
      const { rows, totalCount } = pages.get("")!;
      return connectionFrom(rows, page, ordering, totalCount);
    },

    newsArticles: async (
      filter: NewsFilter | null | undefined,
      ordering: Ordering<NewsRecord>,
      page: PageRequest,
      selection: ListSelection<Projection>,
    ) => {
      const { rows, totalCount } = await readNewsPage(prisma, {
        condition: newsCondition(filter),
        page,
        projection: selection.projection,
        withCount: selection.withCount,
      });
      return connectionFrom(rows, page, ordering, totalCount);
    },

    /** Countries are reference data: paged in memory, no SQL. */
    memberStates: (page: PageRequest): ConnectionData<MemberState> => {
      const states = reference.allMemberStates();
      const after = page.after?.[0];
      const start = typeof after === "string" ? states.findIndex((state) => state.code > after) : 0;
      const rows = start < 0 ? [] : states.slice(start, start + page.first + 1);
      return connectionFrom(rows, page, MEMBER_STATES_BY_CODE, states.length);
    },

    /** A page of search results: offset paging, since relevance is no stable key to page on. */
    search: async (
      text: string,
      locale: Language | null,
      ordering: Ordering<SearchHit>,
      page: PageRequest,
      withCount: boolean,
    ): Promise<ConnectionData<SearchHit>> => {
      const offset = page.after ? Number(page.after[0]) + 1 : 0;
      const { matches, total } = await searchMatches(prisma, text, {
        kinds: SEARCH_KINDS,
        locale,
        offset,
        limit: page.first + 1,
        withCount,
      });
      const hits = matches.map((match, index) => ({ ...match, position: offset + index }));
      return connectionFrom(hits, page, ordering, total);
    },

    projectStats: (filter: ProjectFilter | null | undefined, groupBy: readonly ProjectDimension[]) => projectStats(prisma, filter, groupBy),
  };
}

export type ListQueries = ReturnType<typeof createListQueries>;
