import { GraphQLDateTime } from "graphql-scalars";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../shared/page-args";

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

@ArgsType()
export class NewsListArgs extends PageArgs {
  @Field(() => NewsFilter, { nullable: true, description: "Conditions the news releases must meet; all releases when left out." })
  filter?: NewsFilter | null;
}
