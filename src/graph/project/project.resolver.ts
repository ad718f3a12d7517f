import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { BadUserInputError } from "../shared/errors";
import { isProjectCode } from "../../import/field-values";
import { ProjectQueryArgs } from "../shared/page-args";
import { CACHE_HINT } from "../shared/cache-hints";
import { Locale, nameIn, textIn } from "../shared/locale";
import { LOCALE_ARG } from "../shared/locale-arg";
import { MemberState } from "../member-state/member-state.type";
import { NewsArticle } from "../news/news.type";
import { Project, ProjectConnection } from "./project.type";
import { Region } from "../region/region.type";
import { bidirectionalPageRequest, pageSize } from "../shared/page-request";
import { projectProjection } from "./project.columns";
import { listSelection } from "../shared/list-queries";
import { projectOrdering } from "./project.orderings";
import { fetched, type ProjectRecord } from "../shared/records";
import { searchText } from "../shared/text-search";

export function assertProjectCode(code: string, argument: string): string {
  const trimmed = code.trim();
  if (!isProjectCode(trimmed)) {
    throw new BadUserInputError(`"${argument}" must be an IOM project code such as "PO.0201" or "L12-805" (got "${code}")`, argument);
  }
  return trimmed;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by its IOM code ("PO.0201"); null when no project has it.' })
  project(
    @Arg("code", () => ID, { description: 'IOM project code, such as "PO.0201".' }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.project(assertProjectCode(code, "code"), projectProjection(info));
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
    const ordering = projectOrdering(orderBy, filter?.text ? searchText(filter.text, "filter.text") : null);
    const page = bidirectionalPageRequest(ordering, pageArgs);
    return new ProjectConnection(await ctx.lists.projects(filter, ordering, page, listSelection(info, projectProjection)));
  }

  @FieldResolver(() => String, { description: "Title, in the requested language when the project was published in it, else in another." })
  title(@Root() project: ProjectRecord, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context): string {
    return textIn(fetched(project.titles, "Project.title"), locale ?? ctx.locale) ?? project.code;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Long description, paragraphs separated by a blank line; same language rule as the title.",
  })
  description(
    @Root() project: ProjectRecord,
    @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null,
    @Ctx() ctx: Context,
  ): string | null {
    return textIn(fetched(project.descriptions, "Project.description"), locale ?? ctx.locale) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'IOM project type, such as "Migration Policy Activities", in the requested language.',
  })
  async projectType(@Root() project: ProjectRecord, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    const code = fetched(project.projectTypeCode, "Project.projectType");
    const type = code ? await ctx.reference.projectType(code) : null;
    return type ? nameIn(type, locale ?? ctx.locale) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "IOM Development Fund region the project belongs to." })
  region(@Root() project: ProjectRecord, @Ctx() ctx: Context) {
    const code = fetched(project.regionCode, "Project.region");
    return code ? ctx.reference.region(code) : null;
  }

  @FieldResolver(() => [MemberState], { description: "Eligible member states the project benefits, by ISO code." })
  beneficiaryStates(@Root() project: ProjectRecord, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(project.beneficiaryCodes, "Project.beneficiaryStates"));
  }

  @FieldResolver(() => [MemberState], { description: "Other countries benefiting at the time of allocation, by ISO code." })
  otherBenefitingCountries(@Root() project: ProjectRecord, @Ctx() ctx: Context) {
    return ctx.reference.memberStates(fetched(project.otherCodes, "Project.otherBenefitingCountries"));
  }

  @FieldResolver(() => [NewsArticle], {
    description:
      "The newest news related to the project: releases about any of its beneficiary states or naming its code, merged, newest first (undated last), ties by id.",
  })
  relatedNews(
    @Root() project: ProjectRecord,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 0 to 100; 10 when left out." }) first: number | null,
  ) {
    // Fetched with the project, as many as the largest `first` among the query's aliases asked for.
    return fetched(project.relatedNews, "Project.relatedNews").slice(0, pageSize(first, "first", 10));
  }
}

export const projectReference = {
  __resolveReference: (reference: { code: string }, ctx: Context, info: GraphQLResolveInfo) =>
    ctx.loaders.project(reference.code, projectProjection(info)),
};
