import { Coverage, ProjectStatus } from "@prisma/client";
import { GraphQLDateTime } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../shared/page-args";
import { DecimalRange, IntRange } from "../shared/range.inputs";
import { ProjectOrder } from "./project-order.input";

@InputType({
  description:
    "Narrows a list of projects; all given conditions must hold. List-typed conditions accept one value or several (any of them).",
})
export class ProjectFilter {
  @Field(() => ProjectStatus, { nullable: true, description: "Only projects with this status." })
  status?: ProjectStatus | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Only projects with one of these countries among their eligible beneficiary member states: ISO alpha-2 ("CO") or alpha-3 ("COL").',
  })
  beneficiaryState?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Only projects benefiting one of these countries in either role: eligible beneficiary or other benefiting country.",
  })
  anyCountry?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only projects of one of these Fund regions, by code ("LAC").' })
  region?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only projects of one of these types, by code ("MIGRATION_POLICY") or by name in any language ("Activités de politique migratoire"), ' +
      "the names project pages give a type the Fund's list lacks included.",
  })
  projectType?: string[] | null;

  @Field(() => [Coverage], { nullable: true, description: "Only projects with one of these coverages." })
  coverage?: Coverage[] | null;

  @Field(() => DecimalRange, {
    nullable: true,
    description: "Only projects whose budget in US dollars is in this range (projects with no published budget are left out).",
  })
  budgetUsd?: DecimalRange | null;

  @Field(() => IntRange, { nullable: true, description: "Only projects allocated in a year of this range." })
  allocationYear?: IntRange | null;

  @Field(() => IntRange, { nullable: true, description: "Only projects started in a year of this range." })
  startYear?: IntRange | null;

  @Field(() => IntRange, { nullable: true, description: "Only projects ending in a year of this range." })
  endYear?: IntRange | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Only projects running during this year: started (or, with no start year, allocated) in or before it and ending in or after it.",
  })
  activeDuring?: number | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Only projects changed by an import at or after this instant." })
  updatedSince?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only projects matching this full-text search (titles, descriptions, codes, country, region and type names in any language; accents and case ignored; "a phrase", -excluded, or). At most 200 characters.',
  })
  text?: string | null;
}

@ArgsType()
export class ProjectListArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true, description: "Conditions the projects must meet; all projects when left out." })
  filter?: ProjectFilter | null;
}

/** The arguments of the top-level project list: an ordering, and paging backward too. */
@ArgsType()
export class ProjectQueryArgs extends ProjectListArgs {
  @Field(() => [ProjectOrder], { nullable: true, description: "Ordering, first key first; by code when left out." })
  orderBy?: ProjectOrder[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of items to return from the end of the list, 0 to 100; with "before", pages backward.',
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the item to end before, paging backward (a startCursor or edge cursor of the same list and ordering).",
  })
  before?: string | null;
}
