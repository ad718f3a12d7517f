import { Prisma } from "@prisma/client";
import type { Ordering } from "../shared/ordering";
import type { NewsArticle } from "./news.type";

/** Newest first, undated last, ties by id; `date` and `id` name the columns in the table read (articles or link rows). */
function newsNewestFirst(date: Prisma.Sql, id: Prisma.Sql): Ordering<NewsArticle> {
  return {
    name: "news:newest",
    keys: [
      {
        field: "publishedAt",
        column: date,
        type: "timestamp",
        direction: "desc",
        nullable: true,
        valueOf: (news) => news.publishedAt?.toISOString() ?? null,
      },
      { field: "id", column: id, type: "text", direction: "asc", nullable: false, valueOf: (news) => news.id },
    ],
  };
}

/** News articles (alias n) newest first. */
export const NEWS_NEWEST_FIRST = newsNewestFirst(Prisma.sql`n."publishedAt"`, Prisma.sql`n."id"`);
/** The same order over link rows (alias l: NewsCountry, NewsProject), which carry their article's date. */
export const LINKED_NEWS_NEWEST_FIRST = newsNewestFirst(Prisma.sql`l."publishedAt"`, Prisma.sql`l."newsId"`);
