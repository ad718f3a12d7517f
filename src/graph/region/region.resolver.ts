import type { Region as RegionRow } from "@prisma/client";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { BadUserInputError } from "../shared/errors";
import { ProjectListArgs } from "../shared/page-args";
import { Locale, nameIn } from "../shared/locale";
import { LOCALE_ARG } from "../shared/locale-arg";
import { MemberState } from "../member-state/member-state.type";
import { ProjectConnection } from "../project/project.type";
import { Region } from "./region.type";
import { pageRequest } from "../shared/page-request";
import { projectProjection } from "../project/project.columns";
import { listSelection } from "../shared/list-queries";
import { PROJECTS_BY_CODE } from "../project/project.orderings";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'One Fund region by code ("LAC"); null when no region has it.' })
  region(@Arg("code", () => ID, { description: 'Region code, such as "LAC".' }) code: string, @Ctx() ctx: Context): RegionRow | null {
    const normalized = code.trim().toUpperCase();
    if (!/^[A-Z]{2,4}$/.test(normalized)) {
      throw new BadUserInputError(`"code" must be a region code of 2 to 4 letters, such as "LAC" (got "${code}")`, "code");
    }
    return ctx.reference.region(normalized);
  }

  @Query(() => [Region], { description: "The IOM Development Fund regions, ordered by code (a small, closed list)." })
  regions(@Ctx() ctx: Context): RegionRow[] {
    return ctx.reference.regions();
  }

  @FieldResolver(() => String, { description: 'Name, such as "Amérique latine et Caraïbes" / "Latin America and the Caribbean".' })
  name(@Root() region: RegionRow, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context): string {
    return nameIn(region, locale ?? ctx.locale);
  }

  @FieldResolver(() => [MemberState], { description: "Countries of the region, ordered by ISO alpha-2 code." })
  memberStates(@Root() region: RegionRow, @Ctx() ctx: Context) {
    return ctx.reference.memberStatesOfRegion(region.code);
  }

  @FieldResolver(() => ProjectConnection, { description: "Projects of the region, ordered by code." })
  async projects(
    @Root() region: RegionRow,
    @Args() { filter, first, after }: ProjectListArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(PROJECTS_BY_CODE, first, after);
    return new ProjectConnection(
      await ctx.loaders.projectsOfRegion(region.code, { filter: filter ?? null, page, ...listSelection(info, projectProjection) }),
    );
  }
}

export const regionReference = {
  __resolveReference: (reference: { code: string }, ctx: Context) => ctx.reference.region(reference.code),
};
