import type { Project as ProjectRow, ProjectText } from "@prisma/client";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { BadUserInputError } from "../errors";
import { isProjectCode } from "../import/field-values";
import { ProjectQueryArgs } from "../models/args";
import { Locale, nameIn } from "../models/locale";
import { LOCALE_ARG } from "../models/locale-arg";
import { MemberState } from "../models/member-state.model";
import { NewsArticle } from "../models/news-article.model";
import { Project, ProjectConnection } from "../models/project.model";
import { Region } from "../models/region.model";
import { bidirectionalPageRequest, pageSize } from "../pagination/page-request";
import { projectOrdering } from "../queries/orderings";

export function assertProjectCode(code: string, argument: string): string {
  const trimmed = code.trim();
  if (!isProjectCode(trimmed)) {
    throw new BadUserInputError(`"${argument}" must be an IOM project code such as "PO.0201" or "L12-805" (got "${code}")`, argument);
  }
  return trimmed;
}

/** The text in the wanted language, else in French, English, Spanish, in that order: every project has at least one. */
function textIn(texts: readonly ProjectText[], locale: Locale): ProjectText | undefined {
  return [locale, Locale.FR, Locale.EN, Locale.ES].map((language) => texts.find((text) => text.language === language)).find(Boolean);
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by its IOM code ("PO.0201"); null when no project has it.' })
  project(@Arg("code", () => ID, { description: 'IOM project code, such as "PO.0201".' }) code: string, @Ctx() ctx: Context): Promise<ProjectRow | null> {
    return ctx.loaders.projectByCode.load(assertProjectCode(code, "code"));
  }

  @Query(() => ProjectConnection, { description: "Projects, filtered and ordered, a page at a time, forward (first/after) or backward (last/before)." })
  async projects(@Args() { filter, orderBy, ...pageArgs }: ProjectQueryArgs, @Ctx() ctx: Context): Promise<ProjectConnection> {
    const ordering = projectOrdering(orderBy);
    return new ProjectConnection(await ctx.lists.projects(filter, ordering, bidirectionalPageRequest(ordering, pageArgs)));
  }

  @FieldResolver(() => String, { description: "Title, in the requested language when the project was published in it, else in another." })
  async title(@Root() project: ProjectRow, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    return textIn(await ctx.loaders.projectTexts.load(project.code), locale ?? ctx.locale)?.title ?? project.code;
  }

  @FieldResolver(() => String, { nullable: true, description: "Long description, paragraphs separated by a blank line; same language rule as the title." })
  async description(@Root() project: ProjectRow, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    return textIn(await ctx.loaders.projectTexts.load(project.code), locale ?? ctx.locale)?.description ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'IOM project type, such as "Migration Policy Activities", in the requested language.' })
  async projectType(@Root() project: ProjectRow, @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null, @Ctx() ctx: Context) {
    const type = project.projectTypeCode ? await ctx.loaders.projectTypeByCode.load(project.projectTypeCode) : null;
    return type ? nameIn(type, locale ?? ctx.locale) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "IOM Development Fund region the project belongs to." })
  region(@Root() project: ProjectRow, @Ctx() ctx: Context) {
    return project.regionCode ? ctx.loaders.regionByCode.load(project.regionCode) : null;
  }

  @FieldResolver(() => [MemberState], { description: "Eligible member states the project benefits, by ISO code." })
  beneficiaryStates(@Root() project: ProjectRow, @Ctx() ctx: Context) {
    return ctx.loaders.beneficiaryStates.load(project.code);
  }

  @FieldResolver(() => [MemberState], { description: "Other countries benefiting at the time of allocation, by ISO code." })
  otherBenefitingCountries(@Root() project: ProjectRow, @Ctx() ctx: Context) {
    return ctx.loaders.otherBenefitingCountries.load(project.code);
  }

  @FieldResolver(() => [NewsArticle], { description: "News naming this project first, then news about any of its beneficiary states; newest first within each." })
  async relatedNews(
    @Root() project: ProjectRow,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, 0 to 100; 10 when left out." }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.loaders.relatedNews.load(project.code)).slice(0, pageSize(first, "first", 10));
  }
}

export const projectReference = {
  __resolveReference: (reference: { code: string }, ctx: Context) => ctx.loaders.projectByCode.load(reference.code),
};
