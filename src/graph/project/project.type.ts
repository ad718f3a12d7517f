import { Coverage, ProjectStatus } from "@prisma/client";
import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Context } from "../context";
import type { ConnectionData } from "../shared/connection";
import { ExportFormat, exportPath } from "../shared/export-link";
import { Locale, LOCALE_ARG } from "../shared/locale";
import type { ProjectOrder } from "./project-order.input";
import type { ProjectFilter } from "./project.inputs";
import { CACHE_HINT } from "../shared/cache-hints";
import { ConnectionType } from "../shared/connection.type";
import type { NewsArticle } from "../news/news.type";
import type { LocalizedTexts } from "../shared/locale";
import { DecimalScalar } from "../shared/scalars";

registerEnumType(ProjectStatus, {
  name: "ProjectStatus",
  description: "Whether a project is running.",
  valuesConfig: { ACTIVE: { description: 'Running ("Actif").' }, COMPLETED: { description: 'Finished ("Achevé").' } },
});

registerEnumType(Coverage, {
  name: "Coverage",
  description: "Geographic reach of a project.",
  valuesConfig: {
    NATIONAL: { description: "One country." },
    REGIONAL: { description: "Several countries of one region." },
    MULTI_REGIONAL: { description: "Countries of several regions." },
    GLOBAL: { description: "Worldwide." },
  },
});

/**
 * A project as statements return it (project.columns.ts): its code always, plus the parts the query
 * selected; a part that was not selected is absent, not null.
 */
@ObjectType({ simpleResolvers: true, description: "An IOM Development Fund project, as published on its IOM page." })
@Directive('@key(fields: "code")')
@Directive(CACHE_HINT.importedData)
export class Project {
  @Field(() => ID, { description: 'IOM project code, the public key, such as "PO.0201" or "L12-805".' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'PRIMA system identifier, such as "AR99P0518"; null when the page gives none.' })
  primaId?: string | null;

  @Field(() => ProjectStatus, { description: "Whether the project is running or finished, as its page says." })
  status?: ProjectStatus;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Budget in US dollars, exact, as a decimal string ("400000.00"); null when unpublished.',
  })
  budgetUsd?: string | null;

  @Field(() => Coverage, { nullable: true, description: "Geographic reach; null when the page does not say." })
  coverage?: Coverage | null;

  @Field(() => Int, { nullable: true, description: "Year the Fund allocated the budget; null when unpublished." })
  allocationYear?: number | null;

  @Field(() => Int, { nullable: true, description: "Year the project started; null when unpublished." })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: "Year the project ends or ended; null when unpublished." })
  endYear?: number | null;

  @Field({ description: "When this project was first imported." })
  createdAt?: Date;

  @Field({ description: "When this project last changed through an import." })
  updatedAt?: Date;

  // Parts that fields resolved in project.resolver.ts read.
  regionCode?: string | null;
  projectTypeCode?: string | null;
  titles?: LocalizedTexts | null;
  descriptions?: LocalizedTexts | null;
  /** Alpha-2 codes of the eligible beneficiary member states, in code order. */
  beneficiaryCodes?: string[];
  /** Alpha-2 codes of the other countries benefiting, in code order. */
  otherCodes?: string[];
  /** The newest related news, as many as the query asked for at most. */
  relatedNews?: NewsArticle[];

  // Sort keys, selected for cursors (project.orderings.ts).
  sortTitle?: string;
  /** Relevance to a text filter, when ordered by it. */
  relevance?: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "A page of projects, in the order orderBy asks for (by project code when it is left out).",
})
@Directive(CACHE_HINT.asParent)
export class ProjectConnection extends ConnectionType(Project, "Project") {
  /** `exported`: the filter and ordering of a top-level list, which an export reproduces; null for a list nested in another item. */
  constructor(
    data: ConnectionData<unknown>,
    private readonly exported: { filter: ProjectFilter | null | undefined; orderBy: ProjectOrder[] | null | undefined } | null = null,
  ) {
    super(data);
  }

  @Field(() => String, {
    nullable: true,
    description:
      "Path and query, on this service, of a file holding every project of this list (all pages, in the list's order: orderBy's, else by code), such as /export/projects.csv?status=ACTIVE&orderBy=BUDGET%3ADESC&locale=en; null for a list nested in another item (export it with the parent as a filter).",
  })
  exportUrl(
    @Arg("format", () => ExportFormat, { description: "File format." }) format: ExportFormat,
    @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null,
    @Ctx() ctx: Context,
  ): string | null {
    return this.exported ? exportPath("projects", format, this.exported, locale ?? ctx.locale) : null;
  }
}
