import { Field, ID, InputType } from "type-graphql";
import { ProjectStatus } from "@prisma/client";

@InputType({ description: "Narrows a list of projects; all given conditions must hold. List-typed conditions accept one value or several (any of them)." })
export class ProjectFilter {
  @Field(() => ProjectStatus, { nullable: true, description: "Only projects with this status." })
  status?: ProjectStatus | null;

  @Field(() => [ID], { nullable: true, description: 'Only projects with one of these countries among their eligible beneficiary member states: ISO alpha-2 ("CO") or alpha-3 ("COL").' })
  beneficiaryState?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only projects of one of these Fund regions, by code ("LAC").' })
  region?: string[] | null;
}

@InputType({ description: "Narrows a list of news releases; all given conditions must hold." })
export class NewsFilter {
  @Field(() => [ID], { nullable: true, description: 'Only news concerning one of these countries: ISO alpha-2 ("CO") or alpha-3 ("COL").' })
  country?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only news naming one of these project codes ("PO.0201").' })
  projectCode?: string[] | null;
}
