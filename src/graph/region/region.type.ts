import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CACHE_HINT } from "../shared/cache-hints";

@ObjectType({ simpleResolvers: true, description: 'An IOM Development Fund region, such as "Amérique latine et Caraïbes".' })
@Directive('@key(fields: "code")')
@Directive(CACHE_HINT.referenceData)
export class Region {
  @Field(() => ID, {
    description:
      "Stable region code: AFR, ASO (Asia and Oceania), EUR, LAC (Latin America and the Caribbean), MEA (Middle East), GLO (global).",
  })
  code!: string;

  nameFr!: string;
  nameEn!: string;
  nameEs!: string;
}
