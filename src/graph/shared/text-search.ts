import { Prisma, type Language, type PrismaClient } from "@prisma/client";
import { BadUserInputError } from "./errors";

export type SearchKind = "project" | "news";

export interface TextMatch {
  kind: SearchKind;
  key: string;
  score: number;
  snippet: string | null;
}

export const MAX_SEARCH_LENGTH = 200;

/** Refuses empty or oversized search text; anything else is safe, websearch_to_tsquery never fails on syntax. */
export function searchText(text: string, argument: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new BadUserInputError(`"${argument}" is empty: give words to search for`, argument);
  if (trimmed.length > MAX_SEARCH_LENGTH)
    throw new BadUserInputError(`"${argument}" is ${trimmed.length} characters long; the limit is ${MAX_SEARCH_LENGTH}`, argument);
  return trimmed;
}

// The user's words as web-search syntax ("a phrase", -word, or), stemmed in each document language and
// unstemmed for codes and names, accents removed: a document matches in whichever language it is written.
const query = (text: string) => Prisma.sql`(
  websearch_to_tsquery('french', "iom_unaccent"(${text})) || websearch_to_tsquery('english', "iom_unaccent"(${text})) ||
  websearch_to_tsquery('spanish', "iom_unaccent"(${text})) || websearch_to_tsquery('simple', "iom_unaccent"(${text})))`;

// Highlighting reads the original, accented text: the words as typed are tried too.
const highlightQuery = (text: string) => Prisma.sql`(${query(text)} ||
  websearch_to_tsquery('french', ${text}) || websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('spanish', ${text}))`;

const kindsCondition = (kinds: readonly SearchKind[]) => Prisma.sql`d."kind" = ANY(${[...kinds]})`;

/**
 * Items whose documents match, best first: relevance is the best of an item's documents (one per
 * language), half as much again for a document in the requested locale; and, when asked, how many
 * items match in all. One statement.
 */
export async function searchMatches(
  prisma: PrismaClient,
  text: string,
  options: { kinds: readonly SearchKind[]; locale: Language | null; offset: number; limit: number; withCount: boolean },
): Promise<{ matches: TextMatch[]; total: number | null }> {
  const rows = await prisma.$queryRaw<Array<TextMatch & { total: number | null }>>`
    WITH best AS (
      SELECT DISTINCT ON (d."kind", d."key") d."kind", d."key", d."language", d."title", d."body",
        ts_rank_cd(d."vector", ${query(text)}) * (CASE WHEN d."language"::text = ${options.locale} THEN 1.5 ELSE 1 END) AS score
      FROM "SearchDocument" d
      WHERE d."vector" @@ ${query(text)} AND ${kindsCondition(options.kinds)}
      ORDER BY d."kind", d."key", score DESC
    ), page AS (
      SELECT * FROM best ORDER BY score DESC, "kind", "key" OFFSET ${options.offset} LIMIT ${options.limit}
    )
    SELECT page."kind", page."key", page.score::float8 AS "score", total."count" AS "total",
      ts_headline("iom_text_search_config"(page."language"), page."title" || E'\n' || page."body", ${highlightQuery(text)},
        'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<mark>, StopSel=</mark>') AS "snippet"
    FROM (SELECT ${options.withCount ? Prisma.sql`(SELECT count(*)::int FROM best)` : Prisma.sql`NULL::int`} AS "count") total
    LEFT JOIN page ON TRUE
    ORDER BY page.score DESC, page."kind", page."key"`;
  return {
    matches: rows.filter((row) => row.key !== null).map(({ total: _total, ...match }) => match),
    total: rows[0]?.total ?? null,
  };
}

/** The condition "the item whose key is in `key` matches the text": what text filters compile to. */
export function textMatches(kind: SearchKind, key: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${key} IN (SELECT d."key" FROM "SearchDocument" d WHERE d."kind" = ${kind} AND d."vector" @@ ${query(text)})`;
}

/** A project's (alias p) relevance to the text: the best of its documents; what RELEVANCE orders by. */
export function projectRelevance(text: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(max(ts_rank_cd(d."vector", ${query(text)})), 0)::float8 FROM "SearchDocument" d
    WHERE d."kind" = 'project' AND d."key" = p."code" AND d."vector" @@ ${query(text)})`;
}
