import { Prisma } from "@prisma/client";
import { BadUserInputError } from "./errors";

/** What the search documents describe: a project (keyed by code) or a news release (by id). */
export type SearchKind = "project" | "news";

export const MAX_SEARCH_LENGTH = 200;

/** Refuses empty or oversized search text; anything else is safe, websearch_to_tsquery never fails on syntax. */
export function searchText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new BadUserInputError(`"${argument}" is empty: give words to search for`, argument);
  if (trimmed.length > MAX_SEARCH_LENGTH)
    throw new BadUserInputError(`"${argument}" is ${trimmed.length} characters long; the limit is ${MAX_SEARCH_LENGTH}`, argument);
  return trimmed;
}

/**
 * The user's words as web-search syntax ("a phrase", -word, or), stemmed in each document language and
 * unstemmed for codes and names, accents removed: a document matches in whichever language it is written.
 */
export const textQuery = (text: string) => Prisma.sql`(
  websearch_to_tsquery('french', "iom_unaccent"(${text})) || websearch_to_tsquery('english', "iom_unaccent"(${text})) ||
  websearch_to_tsquery('spanish', "iom_unaccent"(${text})) || websearch_to_tsquery('simple', "iom_unaccent"(${text})))`;

/** The query highlighting reads the original, accented text with: the words as typed are tried too. */
export const highlightQuery = (text: string) => Prisma.sql`(${textQuery(text)} ||
  websearch_to_tsquery('french', ${text}) || websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('spanish', ${text}))`;

/**
 * How well a document matches: term frequency weighted by where the words are (titles and names
 * above bodies). ts_rank rather than ts_rank_cd: cover density costs several times as much per
 * document, and a common word matches thousands of them.
 */
export const textRank = (vector: Prisma.Sql, query: Prisma.Sql) => Prisma.sql`ts_rank(${vector}, ${query})`;

/** The condition "the item whose key is in `key` matches the text": what text filters compile to. */
export function textMatches(kind: SearchKind, key: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${key} IN (SELECT d."key" FROM "SearchDocument" d WHERE d."kind" = ${kind} AND d."vector" @@ ${textQuery(text)})`;
}
