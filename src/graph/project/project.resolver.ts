import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { MemberState } from "../member-state/member-state.type";
import { NewsArticle } from "../news/news.type";
import { Region } from "../region/region.type";
import { CACHE_HINT } from "../shared/cache-hints";
import { fetched } from "../shared/fetched";
import { projectCodeOf } from "../shared/identifier-arguments";
import { Locale, LOCALE_ARG, textIn } from "../shared/locale";
import { bidirectionalPageRequest, pageSize } from "../shared/page-request";
import { listSelection } from "../shared/selection";
import { projectTitle } from "./project-title";
import { projectTypeName } from "./project-type";
import { projectProjection } from "./project.columns";
import { ProjectQueryArgs } from "./project.inputs";
import { projectOrdering } from "./project.orderings";
import { Project, ProjectConnection } from "./project.type";

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by its IOM code ("PO.0201"); null when no project has it.' })
  project(
    @Arg("code", () => ID, { description: 'IOM project code, such as "PO.0201".' }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.projects.byCode(projectCodeOf(code, "code"), projectProjection(info));
  }

  @Query(() => ProjectConnection, {
    description: "Projects, filtered and ordered, a page at a time, forward (first/after) or backward (last/before).",
  })
  @Directive(CACHE_HINT.importedData)
  async projects(
    @Args() { filter, orderBy, ...pageArgs }: ProjectQueryArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectConnection> {
    const ordering = projectOrdering(orderBy, filter);
    const page = bidirectionalPageRequest(ordering, pageArgs);
    return new ProjectConnection(await ctx.loaders.projects.list(filter, ordering, page, listSelection(info, projectProjection)), {
      filter,
      orderBy,
    });
  }

  @FieldResolver(() => String, { description: "Title, in the requested language when the project was published in it, else in another." })
  title(@Root() project: Project, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context): string {
    return projectTitle(project, locale ?? ctx.locale);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Long description, paragraphs separated by a blank line; same language rule as the title.",
  })
  description(
    @Root() project: Project,
    @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null,
    @Ctx() ctx: Context,
  ): string | null {
    return textIn(fetched(project.descriptions, "Project.description"), locale ?? ctx.locale) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'IOM project type, such as "Migration Policy Activities", in the requested language.',
  })
  projectType(@Root() project: Project, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    return projectTypeName(ctx.reference, fetched(project.projectTypeCode, "Project.projectType"), locale ?? ctx.locale);
  }

  @FieldResolver(() => Region, { nullable: true, description: "IOM Development Fund region the project belongs to." })
  region(@Root() project: Project, @Ctx() ctx: Context) {
    const code = fetched(project.regionCode, "Project.region");
    return code ? ctx.reference.region(code) : null;
  }

  @FieldResolver(() => [MemberState], { description: "Eligible member states the project benefits, by ISO code." })
  beneficiaryStates(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(project.beneficiaryCodes, "Project.beneficiaryStates"));
  }

  @FieldResolver(() => [MemberState], { description: "Other countries benefiting at the time of allocation, by ISO code." })
  otherBenefitingCountries(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(project.otherCodes, "Project.otherBenefitingCountries"));
  }

  @FieldResolver(() => [NewsArticle], {
    description:
      "The newest news related to the project: releases about any of its beneficiary states or naming its code, merged, newest first (undated last), ties by id.",
  })
  relatedNews(
    @Root() project: Project,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 0 to 100; 10 when left out." }) first: number | null,
  ) {
    // Fetched with the project, as many as the largest `first` among the query's aliases asked for.
    return fetched(project.relatedNews, "Project.relatedNews").slice(0, pageSize(first, "first", 10));
  }
}

export const projectReference = {
  __resolveReference: (reference: { code: string }, ctx: Context, info: GraphQLResolveInfo) =>
    ctx.loaders.projects.byCode(reference.code, projectProjection(info)),
};
