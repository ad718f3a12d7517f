import { Prisma } from "@prisma/client";
import { nameIn, type Locale, type Named } from "./locale";
import { afterCursorSql, orderBySql, sortValuesOf, type Ordering } from "./ordering";
import type { CursorValue } from "./cursor";
import type { ReferenceCache } from "../../db/reference-cache";
import type { ReadSql } from "../../db/sql-reads";

/** Rows an export statement reads: bounded, so that an export of any size holds one batch in memory at a time. */
export const EXPORT_BATCH_SIZE = 500;

/** One cell of an exported CSV row: a list is joined with ";", null is an empty cell. */
export type CsvCell = string | number | null | readonly string[];

/** A CSV column of an export: its header and the cell it takes from an exported record. */
export interface CsvColumn<Exported> {
  header: string;
  cell(record: Exported): CsvCell;
}

/** What the export of one list needs from its entity: its filter and ordering, its statements, its records and columns. */
export interface ListExport<Exported> {
  /** The GraphQL input type its filter is (the export's parameters are its fields). */
  filterType: string;
  /** The GraphQL input type of a key of the list's `orderBy` (the `orderBy` parameter's keys); null for a list in one order. */
  orderType: string | null;
  /**
   * The statements of the export of a filter in an ordering (the list's default when null), the
   * condition and the ordering compiled by the functions the GraphQL list uses; their argument checks
   * throw as the list's do.
   */
  query(filter: Record<string, unknown>, orderBy: ReadonlyArray<Record<string, unknown>> | null): ExportQuery<Exported>;
  csvColumns: readonly CsvColumn<Exported>[];
}

/** The statements of one export. */
export interface ExportQuery<Exported> {
  count(read: ReadSql): Promise<number>;
  /** The records in the export's ordering, a bounded batch at a time. */
  batches(read: ReadSql, reference: ReferenceCache, locale: Locale): AsyncGenerator<Exported[]>;
}

/**
 * Rows in an ordering, read by keyset: each statement reads at most `size` rows after the last one
 * read, so no statement is long and no cursor holds a connection between batches (a client reading
 * slowly keeps nothing of the pool). Each batch is a snapshot of its own.
 */
async function* keysetBatches<Row>(
  ordering: Ordering<Row>,
  read: (after: CursorValue[] | null, limit: number) => Promise<Row[]>,
  size = EXPORT_BATCH_SIZE,
): AsyncGenerator<Row[]> {
  let after: CursorValue[] | null = null;
  for (;;) {
    const rows = await read(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = sortValuesOf(ordering, rows[rows.length - 1]!);
  }
}

/**
 * The two statements of an export: how many rows of `from` (a table and its alias) meet the condition,
 * and those rows with `columns`, in the ordering, a batch at a time.
 */
export function exportedRows<Row>(from: Prisma.Sql, columns: Prisma.Sql, condition: Prisma.Sql, ordering: Ordering<Row>) {
  return {
    async count(read: ReadSql): Promise<number> {
      const [row] = await read<{ count: number }>(Prisma.sql`SELECT count(*)::int AS "count" FROM ${from} WHERE ${condition}`);
      return row!.count;
    },
    batches: (read: ReadSql): AsyncGenerator<Row[]> =>
      keysetBatches(ordering, (after, limit) =>
        read<Row>(Prisma.sql`SELECT ${columns} FROM ${from}
          WHERE ${condition} AND ${afterCursorSql(ordering, after)} ${orderBySql(ordering)} LIMIT ${limit}`),
      ),
  };
}

/** A country or region as exported: its code and its name in the export's language, as GraphQL's `{ code name }` gives them. */
export const codeAndName = (entity: Named & { code: string }, locale: Locale) => ({ code: entity.code, name: nameIn(entity, locale) });
