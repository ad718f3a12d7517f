import { Directive, Field, ID, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { CACHE_HINT } from "../shared/cache-hints";
import { ConnectionType } from "../shared/connection.type";
import { Locale } from "../shared/locale";

/**
 * A news release as statements return it (news.columns.ts): its id and date always, plus the parts
 * the query selected; a part that was not selected is absent, not null.
 */
@ObjectType({ simpleResolvers: true, description: "An IOM news release." })
@Directive('@key(fields: "id")')
@Directive(CACHE_HINT.importedData)
export class NewsArticle {
  @Field(() => ID, { description: "Stable identifier derived from the title (a slug)." })
  id!: string;

  @Field({ description: "Headline." })
  title?: string;

  @Field(() => String, { nullable: true, description: "Lede: the opening paragraph; null when the release has a single paragraph." })
  summary?: string | null;

  @Field({ description: "Text after the lede, paragraphs separated by a blank line, site markup removed." })
  body?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Publication date; null when the page does not give it." })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Press contact block, one item per line." })
  contact?: string | null;

  @Field(() => Locale, { description: "Language the release is written in." })
  sourceLanguage?: Locale;

  /** Alpha-2 codes of the countries the release is about, in code order (for `countries`). */
  countryCodes?: string[];
}

@ObjectType({ simpleResolvers: true, description: "A page of news releases, newest first." })
@Directive(CACHE_HINT.asParent)
export class NewsArticleConnection extends ConnectionType(NewsArticle, "NewsArticle") {}
