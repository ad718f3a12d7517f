import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { newsProjection } from "../news/news.columns";
import { NEWS_NEWEST_FIRST } from "../news/news.orderings";
import { NewsArticleConnection } from "../news/news.type";
import { ProjectListArgs } from "../project/project.inputs";
import { childProjectsArgs } from "../project/project.loaders";
import { ProjectConnection } from "../project/project.type";
import { Region } from "../region/region.type";
import { CACHE_HINT } from "../shared/cache-hints";
import { alpha2Of } from "../shared/identifier-arguments";
import { Locale, LOCALE_ARG, nameIn } from "../shared/locale";
import { PageArgs } from "../shared/page-args";
import { pageRequest } from "../shared/page-request";
import { listSelection } from "../shared/selection";
import { MEMBER_STATES_BY_CODE, memberStatePage } from "./member-state.reads";
import { MemberState, MemberStateConnection } from "./member-state.type";

@Resolver(() => MemberState)
export class MemberStateResolver {
  @Query(() => MemberState, {
    nullable: true,
    description: 'One country by ISO 3166-1 code, alpha-2 ("CO") or alpha-3 ("COL"); null when no country has it.',
  })
  memberState(
    @Arg("code", () => ID, { description: 'ISO 3166-1 alpha-2 ("CO") or alpha-3 ("COL") code, in any case.' }) code: string,
    @Ctx() ctx: Context,
  ): MemberState | null {
    const alpha2 = alpha2Of(code, "code");
    return alpha2 ? ctx.reference.memberState(alpha2) : null;
  }

  @Directive(CACHE_HINT.referenceData)
  @Query(() => MemberStateConnection, { description: "All countries, ordered by ISO alpha-2 code, a page at a time." })
  memberStates(@Args() { first, after }: PageArgs, @Ctx() ctx: Context): MemberStateConnection {
    return new MemberStateConnection(memberStatePage(ctx.reference, pageRequest(MEMBER_STATES_BY_CODE, first, after)));
  }

  @FieldResolver(() => String, { description: 'Short name, such as "Colombie" / "Colombia".' })
  name(@Root() state: MemberState, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context): string {
    return nameIn(state, locale ?? ctx.locale);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: "IOM Development Fund region of the country; null for countries outside the Fund's regions.",
  })
  region(@Root() state: MemberState, @Ctx() ctx: Context) {
    return state.regionCode ? ctx.reference.region(state.regionCode) : null;
  }

  @FieldResolver(() => ProjectConnection, {
    description: "Projects the country benefits from as an eligible beneficiary member state, ordered by code.",
  })
  async projects(@Root() state: MemberState, @Args() args: ProjectListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ProjectConnection(await ctx.loaders.projects.ofCountry(state.code, childProjectsArgs(args, info)));
  }

  @FieldResolver(() => NewsArticleConnection, { description: "News releases concerning the country, newest first." })
  async news(@Root() state: MemberState, @Args() { first, after }: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(NEWS_NEWEST_FIRST, first, after);
    return new NewsArticleConnection(await ctx.loaders.news.ofCountry(state.code, { page, ...listSelection(info, newsProjection) }));
  }
}

export const memberStateReference = {
  __resolveReference: (reference: { code: string }, ctx: Context) => ctx.reference.memberState(reference.code),
};
