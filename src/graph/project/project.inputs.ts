import { Coverage, ProjectStatus } from "@prisma/client";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { DecimalScalar } from "../shared/scalars";

@InputType({ description: "An inclusive range of exact decimals; either bound may be left out." })
export class DecimalRange {
  @Field(() => DecimalScalar, { nullable: true, description: 'Lowest value included, such as "100000".' })
  min?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Highest value included." })
  max?: string | null;
}

@InputType({ description: "An inclusive range of whole numbers (years); either bound may be left out." })
export class IntRange {
  @Field(() => Int, { nullable: true, description: "Lowest value included." })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: "Highest value included." })
  max?: number | null;
}

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
      'Only projects of one of these types, by code ("MIGRATION_POLICY") or by name in any language ("Activités de politique migratoire").',
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

@InputType({ description: "Narrows a list of news releases; all given conditions must hold." })
export class NewsFilter {
  @Field(() => [ID], { nullable: true, description: 'Only news concerning one of these countries: ISO alpha-2 ("CO") or alpha-3 ("COL").' })
  country?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only news naming one of these project codes ("PO.0201").' })
  projectCode?: string[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "Only news published at or after this instant (news with no date are left out).",
  })
  publishedAfter?: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "Only news published at or before this instant (news with no date are left out).",
  })
  publishedBefore?: Date | null;

  @Field(() => String, { nullable: true, description: "Only news matching this full-text search (same rules as ProjectFilter.text)." })
  text?: string | null;
}
