import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { MemberState } from "../member-state/member-state.type";
import { ProjectListArgs } from "../project/project.inputs";
import { childProjectsArgs } from "../project/project.loaders";
import { ProjectConnection } from "../project/project.type";
import { regionCodeOf } from "../shared/identifier-arguments";
import { Locale, LOCALE_ARG, nameIn } from "../shared/locale";
import { Region } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'One Fund region by code ("LAC"); null when no region has it.' })
  region(@Arg("code", () => ID, { description: 'Region code, such as "LAC".' }) code: string, @Ctx() ctx: Context): Region | null {
    return ctx.reference.region(regionCodeOf(code, "code"));
  }

  @Query(() => [Region], { description: "The IOM Development Fund regions, ordered by code (a small, closed list)." })
  regions(@Ctx() ctx: Context): Region[] {
    return ctx.reference.regions();
  }

  @FieldResolver(() => String, { description: 'Name, such as "Amérique latine et Caraïbes" / "Latin America and the Caribbean".' })
  name(@Root() region: Region, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context): string {
    return nameIn(region, locale ?? ctx.locale);
  }

  @FieldResolver(() => [MemberState], { description: "Countries of the region, ordered by ISO alpha-2 code." })
  memberStates(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.reference.memberStatesOfRegion(region.code);
  }

  @FieldResolver(() => ProjectConnection, { description: "Projects of the region, ordered by code." })
  async projects(@Root() region: Region, @Args() args: ProjectListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new ProjectConnection(await ctx.loaders.projects.ofRegion(region.code, childProjectsArgs(args, info)));
  }
}

export const regionReference = {
  __resolveReference: (reference: { code: string }, ctx: Context) => ctx.reference.region(reference.code),
};
