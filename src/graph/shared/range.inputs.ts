import { Field, InputType, Int } from "type-graphql";
import { DecimalScalar } from "./scalars";

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
