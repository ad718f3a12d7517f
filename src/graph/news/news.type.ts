import { Arg, Ctx, Directive, Field, ID, ObjectType } from "type-graphql";
import type { Context } from "../context";
import type { ConnectionData } from "../shared/connection";
import { ExportFormat, exportPath } from "../shared/export-link";
import type { NewsFilter } from "./news.inputs";
import { GraphQLDateTime } from "graphql-scalars";
import { CACHE_HINT } from "../shared/cache-hints";
import { ConnectionType } from "../shared/connection.type";
import { Locale, LOCALE_ARG } from "../shared/locale";

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

  @Field(() => [ID], {
    description: "Codes of the projects the release names, in code order, whether or not those projects are stored here.",
  })
  projectCodes?: string[];

  /** Alpha-2 codes of the countries the release is about, in code order (for `countries`). */
  countryCodes?: string[];
}

@ObjectType({ simpleResolvers: true, description: "A page of news releases, newest first." })
@Directive(CACHE_HINT.asParent)
export class NewsArticleConnection extends ConnectionType(NewsArticle, "NewsArticle") {
  /** `exported`: the filter of a top-level list, which an export can reproduce; null for a list nested in another item. */
  constructor(
    data: ConnectionData<unknown>,
    private readonly exported: { filter: NewsFilter | null | undefined } | null = null,
  ) {
    super(data);
  }

  @Field(() => String, {
    nullable: true,
    description:
      "Path and query, on this service, of a file holding every release of this list (all pages, newest first), such as /export/news.csv?country=CO&locale=en; null for a list nested in another item (export it with the parent as a filter).",
  })
  exportUrl(
    @Arg("format", () => ExportFormat, { description: "File format." }) format: ExportFormat,
    @Arg("locale", () => Locale, LOCALE_ARG) locale: Locale | null,
    @Ctx() ctx: Context,
  ): string | null {
    return this.exported ? exportPath("news", format, this.exported, locale ?? ctx.locale) : null;
  }
}
