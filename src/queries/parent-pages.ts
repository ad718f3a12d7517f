import { Prisma, type PrismaClient } from "@prisma/client";
import { sortTermsOf, type Ordering } from "../pagination/ordering";

/** The rows of one parent's page (one more than asked when another page follows) and, when asked, the parent's total. */
export interface ParentPages<Row> {
  rows: Row[];
  totalCount: number | null;
}

export interface ParentPagesStatement<Row> {
  /** Parent keys, reachable as `parent."key"` in the sub-queries; [""] for a list without parent. */
  parents: readonly string[];
  /** Sub-query of one parent's page, ordered and LIMITed; null for pages of 0 rows. */
  page: Prisma.Sql | null;
  /** The ordering of `page`, to keep it once the pages are put together. */
  ordering: Ordering<Row>;
  /** Sub-query giving one parent's "totalCount"; run only with `withCount`. */
  count: Prisma.Sql;
  withCount: boolean;
  /** The key of a row; a parent whose page is empty gives one row whose key is null. */
  keyOf(row: Row): string | null;
}

/**
 * Runs the pages of several parents as one statement: each parent's page is its own LATERAL
 * sub-query, so the database reads at most one page a parent, walking an index where one fits.
 */
export async function pagesOfParents<Row>(
  prisma: PrismaClient,
  statement: ParentPagesStatement<Row>,
): Promise<Map<string, ParentPages<Row>>> {
  const { parents, page, ordering, count, withCount } = statement;
  type ResultRow = Row & { parentKey: string; totalCount?: number };
  const rows = await prisma.$queryRaw<ResultRow[]>`
    SELECT parent."key" AS "parentKey" ${withCount ? Prisma.sql`, total."totalCount"` : Prisma.empty} ${page ? Prisma.sql`, page.*` : Prisma.empty}
    FROM unnest(${[...parents]}::text[]) WITH ORDINALITY AS parent("key", "ordinal")
    ${withCount ? Prisma.sql`CROSS JOIN LATERAL (${count}) total` : Prisma.empty}
    ${page ? Prisma.sql`LEFT JOIN LATERAL (${page}) page ON TRUE` : Prisma.empty}
    ORDER BY parent."ordinal" ${page ? Prisma.sql`, ${sortTermsOf(ordering, (key) => Prisma.sql`page.${Prisma.raw(`"${key.field}"`)}`)}` : Prisma.empty}`;
  const pages = new Map<string, ParentPages<Row>>(parents.map((parent) => [parent, { rows: [], totalCount: withCount ? 0 : null }]));
  for (const { parentKey, totalCount, ...row } of rows) {
    const parentPage = pages.get(parentKey)!;
    if (withCount) parentPage.totalCount = totalCount ?? 0;
    if (page && statement.keyOf(row as Row) !== null) parentPage.rows.push(row as Row);
  }
  return pages;
}
