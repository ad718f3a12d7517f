import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CACHE_HINT } from "../shared/cache-hints";
import { ConnectionType } from "../shared/connection.type";

@ObjectType({ simpleResolvers: true, description: "A country (IOM Member State or not), by its ISO 3166-1 codes." })
@Directive('@key(fields: "code")')
@Directive(CACHE_HINT.referenceData)
export class MemberState {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, such as "CO".' })
  code!: string;

  @Field({ description: 'ISO 3166-1 alpha-3 code, such as "COL".' })
  iso3!: string;

  nameFr!: string;
  nameEn!: string;
  nameEs!: string;
  regionCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of countries, ordered by ISO alpha-2 code." })
@Directive(CACHE_HINT.asParent)
export class MemberStateConnection extends ConnectionType(MemberState, "MemberState") {}
