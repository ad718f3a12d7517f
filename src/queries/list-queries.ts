import type { Language, MemberState, NewsArticle, PrismaClient } from "@prisma/client";
import type { NewsFilter, ProjectFilter } from "../models/filters";
import { connectionFrom, type ConnectionData } from "../pagination/connection";
import { BadUserInputError } from "../errors";
import { afterCursorWhere, orderByOf, pageOfRows, reversed, type Ordering } from "../pagination/ordering";
import type { PageRequest } from "../pagination/page-request";
import type { ProjectDimension } from "../models/project-bucket.model";
import type { SearchHit } from "../models/search.model";
import { countSearchMatches, searchMatches, type SearchKind } from "./text-search";
import { newsWhere, projectWhere, projectWhereWithRelevance } from "./filters";
import { projectStats } from "./project-stats";
import { isRankedOrdering, MEMBER_STATES_BY_CODE, NEWS_NEWEST_FIRST, type RankedProject } from "./orderings";

const SEARCH_KINDS: readonly SearchKind[] = ["project", "news"];

interface Delegate<Row, Where> {
  findMany(args: { where: Where; orderBy: object[]; take: number }): Promise<Row[]>;
  count(args: { where: Where }): Promise<number>;
}

/** One page of a top-level list: one SELECT for the page (one row more, to know if another follows), a COUNT only on demand. */
async function pageOf<Row, Where extends object>(
  delegate: Delegate<Row, Where>,
  where: Where,
  ordering: Ordering<Row>,
  page: PageRequest,
): Promise<ConnectionData<Row>> {
  const direction = page.backward ? reversed(ordering) : ordering;
  const pageWhere = page.after ? ({ AND: [where, afterCursorWhere(direction, page.after)] } as Where) : where;
  const rows = page.first === 0 ? [] : await delegate.findMany({ where: pageWhere, orderBy: orderByOf(direction), take: page.first + 1 });
  return connectionFrom(rows, page, ordering, () => delegate.count({ where }));
}

/**
 * A page of projects ordered by relevance to filter.text: the database cannot keep that order for
 * keyset paging, so the matching projects (those the text matches, few) are ordered in memory.
 */
async function rankedProjectPage(prisma: PrismaClient, filter: ProjectFilter | null | undefined, ordering: Ordering<RankedProject>, page: PageRequest) {
  if (!filter?.text) throw new BadUserInputError('Ordering by RELEVANCE needs a text to be relevant to: set "filter.text"', "orderBy");
  const { where, relevance } = await projectWhereWithRelevance(prisma, filter);
  const matching = await prisma.project.findMany({ where });
  const ranked = matching.map((project) => ({ ...project, relevance: relevance.get(project.code) ?? 0 }));
  return connectionFrom(pageOfRows(ranked, ordering, page), page, ordering, async () => ranked.length);
}

/** The top-level lists of the API. Nested lists go through loaders (src/loaders) to be batched. */
export function createListQueries(prisma: PrismaClient) {
  return {
    projects: async (filter: ProjectFilter | null | undefined, ordering: Ordering<RankedProject>, page: PageRequest): Promise<ConnectionData<RankedProject>> =>
      isRankedOrdering(ordering) ? rankedProjectPage(prisma, filter, ordering, page) : pageOf(prisma.project, await projectWhere(prisma, filter), ordering, page),
    memberStates: (page: PageRequest): Promise<ConnectionData<MemberState>> => pageOf(prisma.memberState, {}, MEMBER_STATES_BY_CODE, page),
    /** A page of search results: offset paging, since relevance is no stable key to page on. */
    search: async (text: string, locale: Language | null, ordering: Ordering<SearchHit>, page: PageRequest): Promise<ConnectionData<SearchHit>> => {
      const offset = page.after ? Number(page.after[0]) + 1 : 0;
      const matches = page.first === 0 ? [] : await searchMatches(prisma, text, { kinds: SEARCH_KINDS, locale, offset, limit: page.first + 1 });
      const hits = matches.map((match, index) => ({ ...match, position: offset + index }));
      return connectionFrom(hits, page, ordering, () => countSearchMatches(prisma, text, SEARCH_KINDS));
    },
    projectStats: (filter: ProjectFilter | null | undefined, groupBy: readonly ProjectDimension[]) => projectStats(prisma, filter, groupBy),
    newsArticles: async (filter: NewsFilter | null | undefined, page: PageRequest): Promise<ConnectionData<NewsArticle>> =>
      pageOf(prisma.newsArticle, await newsWhere(prisma, filter), NEWS_NEWEST_FIRST, page),
  };
}

export type ListQueries = ReturnType<typeof createListQueries>;
