import { Prisma } from "@prisma/client";
import type { ReferenceCache } from "../../db/reference-cache";
import { codeAndName, exportedRows, type CsvColumn, type ListExport } from "../shared/export-batches";
import type { Locale } from "../shared/locale";
import type { Projection } from "../shared/projection";
import { newsColumns } from "./news.columns";
import { newsCondition } from "./news.conditions";
import { NEWS_NEWEST_FIRST } from "./news.orderings";
import type { NewsArticle } from "./news.type";

const EXPORTED_PARTS = ["title", "sourceLanguage", "countries", "projectCodes"];

const EXPORT_PROJECTION: Projection = { fields: new Set(EXPORTED_PARTS), key: EXPORTED_PARTS.join(",") };

/**
 * An exported news release: what the GraphQL selection `id publishedAt title sourceLanguage
 * countries { code name(locale) } projectCodes` answers.
 */
export interface ExportedNews {
  id: string;
  publishedAt: string | null;
  title: string;
  sourceLanguage: string;
  countries: Array<ReturnType<typeof codeAndName>>;
  projectCodes: string[];
}

const exportedNews = (news: NewsArticle, reference: ReferenceCache, locale: Locale): ExportedNews => ({
  id: news.id,
  publishedAt: news.publishedAt?.toISOString() ?? null,
  title: news.title!,
  sourceLanguage: news.sourceLanguage!,
  countries: reference.memberStates(news.countryCodes ?? []).map((state) => codeAndName(state, locale)),
  projectCodes: news.projectCodes ?? [],
});

const NEWS_CSV_COLUMNS: readonly CsvColumn<ExportedNews>[] = [
  { header: "id", cell: (news) => news.id },
  { header: "publishedAt", cell: (news) => news.publishedAt },
  { header: "title", cell: (news) => news.title },
  { header: "sourceLanguage", cell: (news) => news.sourceLanguage },
  { header: "countries", cell: (news) => news.countries.map((country) => country.code) },
  { header: "countryNames", cell: (news) => news.countries.map((country) => country.name) },
  { header: "projectCodes", cell: (news) => news.projectCodes },
];

/** News exported newest first (undated last, ties by id), the one order of the `newsArticles` list. */
export const NEWS_EXPORT: ListExport<ExportedNews> = {
  filterType: "NewsFilter",
  orderType: null,
  query(filter) {
    const rows = exportedRows<NewsArticle>(
      Prisma.sql`"NewsArticle" n`,
      newsColumns(EXPORT_PROJECTION),
      newsCondition(filter),
      NEWS_NEWEST_FIRST,
    );
    return {
      count: rows.count,
      async *batches(read, reference, locale) {
        for await (const batch of rows.batches(read)) yield batch.map((news) => exportedNews(news, reference, locale));
      },
    };
  },
  csvColumns: NEWS_CSV_COLUMNS,
};
