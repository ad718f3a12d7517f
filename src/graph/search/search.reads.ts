import { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import type { Locale } from "../shared/locale";
import type { Ordering } from "../shared/ordering";
import { highlightQuery, textQuery, textRank, type SearchKind } from "../shared/text-search";
import type { SearchHit } from "./search.type";

/** One item whose documents match the search text. */
interface TextMatch {
  kind: SearchKind;
  key: string;
  score: number;
  snippet: string | null;
}

const kindsCondition = (kinds: readonly SearchKind[]) => Prisma.sql`d."kind" = ANY(${[...kinds]})`;

/**
 * Items whose documents match, best first: relevance is the best of an item's documents (one per
 * language), half as much again for a document in the requested locale; and, when asked, how many
 * items match in all. One statement. Ranking reads only the index's matches and their vectors, kept
 * narrow (no text) through the sort; titles and bodies are read for the page's rows alone, to
 * highlight; the count reuses the ranked set rather than scanning again.
 */
export async function readSearchMatches(
  read: ReadSql,
  text: string,
  options: { kinds: readonly SearchKind[]; locale: Locale | null; offset: number; limit: number; withCount: boolean },
): Promise<{ matches: TextMatch[]; total: number | null }> {
  const query = textQuery(text);
  const rows = await read<TextMatch & { total: number | null }>(Prisma.sql`
    WITH best AS (
      SELECT DISTINCT ON (d."kind", d."key") d."kind", d."key", d."language",
        ${textRank(Prisma.sql`d."vector"`, query)} * (CASE WHEN d."language"::text = ${options.locale} THEN 1.5 ELSE 1 END) AS score
      FROM "SearchDocument" d
      WHERE d."vector" @@ ${query} AND ${kindsCondition(options.kinds)}
      ORDER BY d."kind", d."key", score DESC
    ), page AS (
      SELECT * FROM best ORDER BY score DESC, "kind", "key" OFFSET ${options.offset} LIMIT ${options.limit}
    )
    SELECT page."kind", page."key", page.score::float8 AS "score", total."count" AS "total",
      ts_headline("iom_text_search_config"(page."language"), document."title" || E'\n' || document."body", ${highlightQuery(text)},
        'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<mark>, StopSel=</mark>') AS "snippet"
    FROM (SELECT ${options.withCount ? Prisma.sql`(SELECT count(*)::int FROM best)` : Prisma.sql`NULL::int`} AS "count") total
    LEFT JOIN page ON TRUE
    LEFT JOIN "SearchDocument" document
      ON document."kind" = page."kind" AND document."key" = page."key" AND document."language" = page."language"
    ORDER BY page.score DESC, page."kind", page."key"`);
  return {
    matches: rows.filter((row) => row.key !== null).map(({ total: _total, ...match }) => match),
    total: rows[0]?.total ?? null,
  };
}

/** Search results by rank; the ordering's name carries the query, so a cursor only continues its own search. */
export function searchOrdering(text: string): Ordering<SearchHit> {
  return {
    name: `search:${text}`,
    keys: [
      { field: "position", column: Prisma.sql`"position"`, type: "int", direction: "asc", nullable: false, valueOf: (hit) => hit.position },
    ],
  };
}
