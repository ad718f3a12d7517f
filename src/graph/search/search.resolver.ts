import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { newsProjection } from "../news/news.columns";
import type { NewsArticle } from "../news/news.type";
import { projectProjection } from "../project/project.columns";
import type { Project } from "../project/project.type";
import { CACHE_HINT } from "../shared/cache-hints";
import { Locale } from "../shared/locale";
import { PageArgs } from "../shared/page-args";
import { pageRequest } from "../shared/page-request";
import { selectsField } from "../shared/selection";
import { searchText } from "../shared/text-search";
import { searchOrdering } from "./search.reads";
import { SearchConnection, SearchHit, SearchItem } from "./search.type";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Directive(CACHE_HINT.computedData)
  @Query(() => SearchConnection, {
    description:
      'Full-text search over projects and news: titles, descriptions, bodies, project codes and country, region and type names in every language. Accents and case are ignored; "quoted words" match as a phrase, -word excludes, "or" offers alternatives. Best first.',
  })
  async search(
    @Arg("query", { description: "Words to look for, at most 200 characters." }) query: string,
    @Arg("locale", () => Locale, { nullable: true, description: "Language to favour: documents written in it rank higher." })
    locale: Locale | null,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnection> {
    const text = searchText(query, "query");
    const ordering = searchOrdering(text);
    return new SearchConnection(
      await ctx.loaders.search.page(text, locale, ordering, pageRequest(ordering, first, after), selectsField(info, "totalCount")),
    );
  }

  // Unions take no directive in type-graphql: the hint goes on the field.
  @Directive(CACHE_HINT.asParent)
  @FieldResolver(() => SearchItem, { description: "The project or news release found." })
  item(@Root() hit: SearchHit, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Project | NewsArticle | null> {
    return hit.kind === "project"
      ? ctx.loaders.projects.byCode(hit.key, projectProjection(info))
      : ctx.loaders.news.byId(hit.key, newsProjection(info));
  }
}
