import { memberStateReference, MemberStateResolver } from "../graph/member-state/member-state.resolver";
import { newsArticleReference, NewsArticleResolver } from "../graph/news/news.resolver";
import { ProjectBucketResolver } from "../graph/project-stats/project-stats.resolver";
import { projectReference, ProjectResolver } from "../graph/project/project.resolver";
import { regionReference, RegionResolver } from "../graph/region/region.resolver";
import { SearchResolver } from "../graph/search/search.resolver";
import { searchItemTypeOf } from "../graph/search/search.type";

/** Every entity's resolver class (each in its folder under src/graph): what the schema is built from. */
export const RESOLVERS = [
  ProjectResolver,
  MemberStateResolver,
  RegionResolver,
  NewsArticleResolver,
  ProjectBucketResolver,
  SearchResolver,
] as const;

/** How federation's `_entities` finds each entity from its key, by type name. */
export const ENTITY_REFERENCES = {
  Project: projectReference,
  MemberState: memberStateReference,
  Region: regionReference,
  NewsArticle: newsArticleReference,
} as const;

/**
 * The type resolvers of unions, given to the subgraph as they are: type-graphql wraps them in
 * asynchronous functions, and compiled execution (src/apollo/compiled-execution.ts) needs them synchronous.
 */
export const UNION_TYPE_RESOLVERS = {
  SearchItem: { __resolveType: searchItemTypeOf },
} as const;
