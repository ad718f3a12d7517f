import { ArgsType, Field, Int } from "type-graphql";
import { NewsFilter, ProjectFilter } from "../project/project.inputs";
import { ProjectOrder } from "../project/project-order.input";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Number of items to return, 0 to 100; 20 when left out." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the item to start after (an endCursor or edge cursor of the same list)." })
  after?: string | null;
}

@ArgsType()
export class ProjectListArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true, description: "Conditions the projects must meet; all projects when left out." })
  filter?: ProjectFilter | null;
}

@ArgsType()
export class NewsListArgs extends PageArgs {
  @Field(() => NewsFilter, { nullable: true, description: "Conditions the news releases must meet; all releases when left out." })
  filter?: NewsFilter | null;
}

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
