import { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import { orderBySql, type Ordering } from "./ordering";
import type { PageRequest } from "./page-request";

/** The rows of one parent's page (one more than asked when another page follows) and, when asked, the parent's total. */
export interface ParentPages<Row> {
  rows: Row[];
  totalCount: number | null;
}

export interface ParentPagesStatement<Row> {
  /** Parent keys, reachable as `parent."key"` in the sub-queries. */
  parents: readonly string[];
  /** Sub-query of one parent's page, ordered and LIMITed, with its rows' `positionIn` the ordering; null for pages of 0 rows. */
  page: Prisma.Sql | null;
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
export async function pagesOfParents<Row>(read: ReadSql, statement: ParentPagesStatement<Row>): Promise<Map<string, ParentPages<Row>>> {
  const { parents, page, count, withCount } = statement;
  type ResultRow = Row & { parentKey: string; totalCount?: number; position?: number };
  const rows = await read<ResultRow>(Prisma.sql`
    SELECT parent."key" AS "parentKey" ${withCount ? Prisma.sql`, total."totalCount"` : Prisma.empty} ${page ? Prisma.sql`, page.*` : Prisma.empty}
    FROM unnest(${[...parents]}::text[]) WITH ORDINALITY AS parent("key", "ordinal")
    ${withCount ? Prisma.sql`CROSS JOIN LATERAL (${count}) total` : Prisma.empty}
    ${page ? Prisma.sql`LEFT JOIN LATERAL (${page}) page ON TRUE` : Prisma.empty}
    ORDER BY parent."ordinal" ${page ? Prisma.sql`, page."position"` : Prisma.empty}`);
  const pages = new Map<string, ParentPages<Row>>(parents.map((parent) => [parent, { rows: [], totalCount: withCount ? 0 : null }]));
  for (const { parentKey, totalCount, position: _position, ...row } of rows) {
    const parentPage = pages.get(parentKey)!;
    if (withCount) parentPage.totalCount = totalCount ?? 0;
    if (page && statement.keyOf(row as Row) !== null) parentPage.rows.push(row as Row);
  }
  return pages;
}

// A list without parent is read as the pages of one parent, whose key nothing reads.
const NO_PARENT = "";

/** The page of a list that has no parent (a top-level list), in one statement like the pages of parents. */
export async function pageOfList<Row>(read: ReadSql, statement: Omit<ParentPagesStatement<Row>, "parents">): Promise<ParentPages<Row>> {
  const pages = await pagesOfParents(read, { ...statement, parents: [NO_PARENT] });
  return pages.get(NO_PARENT)!;
}

/**
 * A parent's page sub-query, asking for one row more than the page to know whether another follows;
 * null for a page of 0 rows, which reads nothing.
 */
export const pageQuery = (page: PageRequest, query: (limit: number) => Prisma.Sql): Prisma.Sql | null =>
  page.first === 0 ? null : query(page.first + 1);

/**
 * A row's rank in the ordering, selected beside a page's columns: the pages of several parents are
 * put together in this order, whatever the types the columns were selected as (budgets as text, say).
 */
export const positionIn = <Row>(ordering: Ordering<Row>): Prisma.Sql =>
  Prisma.sql`row_number() OVER (${orderBySql(ordering)}) AS "position"`;
