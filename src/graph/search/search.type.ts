import { createUnionType, Directive, Field, Float, ObjectType } from "type-graphql";
import { CACHE_HINT } from "../shared/cache-hints";
import type { SearchKind } from "../shared/text-search";
import { ConnectionType } from "../shared/connection.type";
import { NewsArticle } from "../news/news.type";
import { Project } from "../project/project.type";

/** The type of a search hit's item: rows of the two tables tell themselves apart by their keys, projects have a code, news an id. */
export const searchItemTypeOf = (item: Project | NewsArticle) => ("code" in item ? "Project" : "NewsArticle");

export const SearchItem = createUnionType({
  name: "SearchItem",
  description: "What a search finds: a project or a news release.",
  types: () => [Project, NewsArticle] as const,
  resolveType: searchItemTypeOf,
});

@ObjectType({ simpleResolvers: true, description: "One search result." })
@Directive(CACHE_HINT.computedData)
export class SearchHit {
  @Field(() => Float, { description: "Relevance: higher is better; comparable within one search only." })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: "Extract of the matching text with the matched words between <mark> and </mark>; the rest is plain text.",
  })
  snippet!: string | null;

  kind!: SearchKind;
  key!: string;
  /** Rank of the hit in the whole result list, from 0: what its cursor holds. */
  position!: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of search results, best first." })
@Directive(CACHE_HINT.asParent)
export class SearchConnection extends ConnectionType(SearchHit, "Search") {}
