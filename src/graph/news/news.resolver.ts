import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { MemberState } from "../member-state/member-state.type";
import { projectProjection } from "../project/project.columns";
import { Project } from "../project/project.type";
import { CACHE_HINT } from "../shared/cache-hints";
import { fetched } from "../shared/fetched";
import { newsIdOf } from "../shared/identifier-arguments";
import { pageRequest, pageSize } from "../shared/page-request";
import { listSelection } from "../shared/selection";
import { newsProjection } from "./news.columns";
import { NewsListArgs } from "./news.inputs";
import { NEWS_NEWEST_FIRST } from "./news.orderings";
import { NewsArticle, NewsArticleConnection } from "./news.type";

@Resolver(() => NewsArticle)
export class NewsArticleResolver {
  @Query(() => NewsArticle, { nullable: true, description: "One news release by id; null when none has it." })
  newsArticle(
    @Arg("id", () => ID, { description: "News id, as given by NewsArticle.id." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.news.byId(newsIdOf(id, "id"), newsProjection(info));
  }

  @Directive(CACHE_HINT.importedData)
  @Query(() => NewsArticleConnection, {
    description: "News releases, filtered, newest first (undated last, ties by id), a page at a time.",
  })
  async newsArticles(
    @Args() { filter, first, after }: NewsListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NewsArticleConnection> {
    const page = pageRequest(NEWS_NEWEST_FIRST, first, after);
    return new NewsArticleConnection(await ctx.loaders.news.list(filter, page, listSelection(info, newsProjection)), { filter });
  }

  @FieldResolver(() => [MemberState], { description: "Countries the release is about, ordered by ISO alpha-2 code." })
  countries(@Root() news: NewsArticle, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(news.countryCodes, "NewsArticle.countries"));
  }

  @FieldResolver(() => [Project], {
    description: "Projects the release names first, then projects benefiting its countries; by code within each.",
  })
  relatedProjects(
    @Root() news: NewsArticle,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 0 to 100; 10 when left out." }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.news.relatedProjects(news.id, pageSize(first, "first", 10), projectProjection(info));
  }
}

export const newsArticleReference = {
  __resolveReference: (reference: { id: string }, ctx: Context, info: GraphQLResolveInfo) =>
    ctx.loaders.news.byId(reference.id, newsProjection(info)),
};
