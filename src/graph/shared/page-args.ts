import { ArgsType, Field, Int } from "type-graphql";

/** `first` and `after`, the paging arguments of every forward-only list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: "Number of items to return, 0 to 100; 20 when left out." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the item to start after (an endCursor or edge cursor of the same list)." })
  after?: string | null;
}
