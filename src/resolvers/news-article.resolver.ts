import type { NewsArticle as NewsArticleRow } from "@prisma/client";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { BadUserInputError } from "../errors";
import { NewsListArgs } from "../models/args";
import { MemberState } from "../models/member-state.model";
import { NewsArticle, NewsArticleConnection } from "../models/news-article.model";
import { Project } from "../models/project.model";
import { pageRequest } from "../pagination/page-request";
import { NEWS_NEWEST_FIRST } from "../queries/orderings";

@Resolver(() => NewsArticle)
export class NewsArticleResolver {
  @Query(() => NewsArticle, { nullable: true, description: "One news release by id; null when none has it." })
  newsArticle(@Arg("id", () => ID, { description: "News id, as given by NewsArticle.id." }) id: string, @Ctx() ctx: Context): Promise<NewsArticleRow | null> {
    if (!/^[a-z0-9-]{1,120}$/.test(id)) {
      throw new BadUserInputError(`"id" must be a news id: lower-case letters, digits and dashes (got "${id.slice(0, 60)}")`, "id");
    }
    return ctx.loaders.newsById.load(id);
  }

  @Query(() => NewsArticleConnection, { description: "News releases, filtered, newest first, a page at a time." })
  async newsArticles(@Args() { filter, first, after }: NewsListArgs, @Ctx() ctx: Context): Promise<NewsArticleConnection> {
    return new NewsArticleConnection(await ctx.lists.newsArticles(filter, pageRequest(NEWS_NEWEST_FIRST, first, after)));
  }

  @FieldResolver(() => [MemberState], { description: "Countries the release is about, ordered by ISO alpha-2 code." })
  countries(@Root() news: NewsArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.newsCountries.load(news.id);
  }

  @FieldResolver(() => [Project], { description: "Projects the release names first, then projects benefiting its countries; by code within each." })
  relatedProjects(@Root() news: NewsArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.relatedProjects.load(news.id);
  }
}

export const newsArticleReference = {
  __resolveReference: (reference: { id: string }, ctx: Context) => ctx.loaders.newsById.load(reference.id),
};
