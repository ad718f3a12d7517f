import type { MemberState, NewsArticle, PrismaClient, Project } from "@prisma/client";
import type { NewsFilter, ProjectFilter } from "../models/filters";
import { connectionFrom, type ConnectionData } from "../pagination/connection";
import { afterCursorWhere, orderByOf, reversed, type Ordering } from "../pagination/ordering";
import type { PageRequest } from "../pagination/page-request";
import type { ProjectDimension } from "../models/project-bucket.model";
import { newsWhere, projectWhere } from "./filters";
import { projectStats } from "./project-stats";
import { MEMBER_STATES_BY_CODE, NEWS_NEWEST_FIRST } from "./orderings";

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

/** The top-level lists of the API. Nested lists go through loaders (src/loaders) to be batched. */
export function createListQueries(prisma: PrismaClient) {
  return {
    projects: (filter: ProjectFilter | null | undefined, ordering: Ordering<Project>, page: PageRequest): Promise<ConnectionData<Project>> =>
      pageOf(prisma.project, projectWhere(filter), ordering, page),
    memberStates: (page: PageRequest): Promise<ConnectionData<MemberState>> => pageOf(prisma.memberState, {}, MEMBER_STATES_BY_CODE, page),
    projectStats: (filter: ProjectFilter | null | undefined, groupBy: readonly ProjectDimension[]) => projectStats(prisma, filter, groupBy),
    newsArticles: (filter: NewsFilter | null | undefined, page: PageRequest): Promise<ConnectionData<NewsArticle>> =>
      pageOf(prisma.newsArticle, newsWhere(filter), NEWS_NEWEST_FIRST, page),
  };
}

export type ListQueries = ReturnType<typeof createListQueries>;
