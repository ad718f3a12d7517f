import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { BadUserInputError } from "../shared/errors";
import { NewsListArgs } from "../shared/page-args";
import { CACHE_HINT } from "../shared/cache-hints";
import { MemberState } from "../member-state/member-state.type";
import { NewsArticle, NewsArticleConnection } from "./news.type";
import { Project } from "../project/project.type";
import { pageRequest, pageSize } from "../shared/page-request";
import { newsProjection, projectProjection } from "../project/project.columns";
import { listSelection } from "../shared/list-queries";
import { NEWS_NEWEST_FIRST } from "../project/project.orderings";
import { fetched, type NewsRecord } from "../shared/records";

@Resolver(() => NewsArticle)
export class NewsArticleResolver {
  @Query(() => NewsArticle, { nullable: true, description: "One news release by id; null when none has it." })
  newsArticle(
    @Arg("id", () => ID, { description: "News id, as given by NewsArticle.id." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!/^[a-z0-9-]{1,160}$/.test(id)) {
      throw new BadUserInputError(`"id" must be a news id: lower-case letters, digits and dashes (got "${id.slice(0, 60)}")`, "id");
    }
    return ctx.loaders.newsArticle(id, newsProjection(info));
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
    return new NewsArticleConnection(await ctx.lists.newsArticles(filter, NEWS_NEWEST_FIRST, page, listSelection(info, newsProjection)));
  }

  @FieldResolver(() => [MemberState], { description: "Countries the release is about, ordered by ISO alpha-2 code." })
  countries(@Root() news: NewsRecord, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(news.countryCodes, "NewsArticle.countries"));
  }

  @FieldResolver(() => [Project], {
    description: "Projects the release names first, then projects benefiting its countries; by code within each.",
  })
  relatedProjects(
    @Root() news: NewsRecord,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 0 to 100; 10 when left out." }) first: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.relatedProjects(news.id, pageSize(first, "first", 10), projectProjection(info));
  }
}

export const newsArticleReference = {
  __resolveReference: (reference: { id: string }, ctx: Context, info: GraphQLResolveInfo) =>
    ctx.loaders.newsArticle(reference.id, newsProjection(info)),
};
