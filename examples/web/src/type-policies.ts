import type { TypePolicies } from "@apollo/client/cache";
import { connectionPagination } from "./connection-pagination";

/**
 * How Apollo Client's cache identifies and merges this service's types. Apollo normalises by `id`
 * alone: projects, countries and regions are keyed by `code` here (their federation keys), so every
 * query must select `code` wherever it selects one of them, and `id` for news.
 */
export const typePolicies: TypePolicies = {
  Project: { keyFields: ["code"] },
  Region: {
    keyFields: ["code"],
    fields: { projects: connectionPagination(["filter"]) },
  },
  MemberState: {
    keyFields: ["code"],
    fields: { projects: connectionPagination(["filter"]), news: connectionPagination() },
  },
  NewsArticle: { keyFields: ["id"] },
  Query: {
    fields: {
      projects: connectionPagination(["filter", "orderBy"]),
      memberStates: connectionPagination(),
      newsArticles: connectionPagination(["filter"]),
      // The locale favours documents written in it: another locale ranks another list.
      search: connectionPagination(["query", "locale"]),
    },
  },
};
