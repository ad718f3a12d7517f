import type { CursorValue } from "./cursor";

export type SortDirection = "asc" | "desc";

/** One key of an ordering: a column of the row, its direction, and whether it may be null (nulls sort last). */
export interface SortKey<Row> {
  field: keyof Row & string;
  direction: SortDirection;
  nullable: boolean;
  /** Set on reversed orderings only: nulls, last going forward, come first going backward. */
  nullsFirst?: boolean;
  /** The row's value as it goes into a cursor and back into a filter (decimals and dates as strings). */
  valueOf(row: Row): CursorValue;
}

/** An ordering whose last key is unique and not null, so that rows never tie and pages never skip or repeat. */
export interface Ordering<Row> {
  name: string;
  keys: readonly SortKey<Row>[];
}

type Where = Record<string, unknown>;

/** The same ordering read from the end: what `last`/`before` pages through. Cursors stay valid in both. */
export function reversed<Row>(ordering: Ordering<Row>): Ordering<Row> {
  return {
    name: ordering.name,
    keys: ordering.keys.map((key) => ({ ...key, direction: key.direction === "asc" ? "desc" : "asc", nullsFirst: !key.nullsFirst })),
  };
}

/** Prisma's orderBy for an ordering. */
export function orderByOf<Row>(ordering: Ordering<Row>): Where[] {
  return ordering.keys.map((key) => ({
    [key.field]: key.nullable ? { sort: key.direction, nulls: key.nullsFirst ? "first" : "last" } : key.direction,
  }));
}

/**
 * The Prisma condition "comes after this cursor" in the ordering (keyset pagination): for keys
 * (a, b), rows with a beyond the cursor's a, or with an equal a and b beyond its b.
 */
export function afterCursorWhere<Row>(ordering: Ordering<Row>, values: readonly CursorValue[]): Where {
  const alternatives: Where[] = [];
  ordering.keys.forEach((key, index) => {
    const value = values[index] ?? null;
    const equalBefore = ordering.keys.slice(0, index).map((previous, at) => ({ [previous.field]: values[at] ?? null }));
    let beyond: Where | null;
    if (value === null) {
      // Among nulls nothing is beyond but what ties; before nulls, every value is beyond.
      beyond = key.nullsFirst ? { [key.field]: { not: null } } : null;
    } else {
      const strictly = { [key.field]: key.direction === "asc" ? { gt: value } : { lt: value } };
      beyond = key.nullable && !key.nullsFirst ? { OR: [strictly, { [key.field]: null }] } : strictly;
    }
    if (beyond) alternatives.push({ AND: [...equalBefore, beyond] });
  });
  return { OR: alternatives };
}

/** Compares two sort keys (cursor values) as the ordering sorts them in SQL. */
export function compareValues<Row>(ordering: Ordering<Row>, a: readonly CursorValue[], b: readonly CursorValue[]): number {
  for (const [index, key] of ordering.keys.entries()) {
    const left = a[index] ?? null;
    const right = b[index] ?? null;
    if (left === right) continue;
    if (left === null || right === null) return (left === null) === !key.nullsFirst ? 1 : -1;
    const order = left < right ? -1 : 1;
    return key.direction === "asc" ? order : -order;
  }
  return 0;
}

export const sortValuesOf = <Row>(ordering: Ordering<Row>, row: Row): CursorValue[] => ordering.keys.map((key) => key.valueOf(row));

/** Compares two rows as the ordering sorts them in SQL, for merging rows that came from several statements. */
export function compareBy<Row>(ordering: Ordering<Row>): (a: Row, b: Row) => number {
  return (a, b) => compareValues(ordering, sortValuesOf(ordering, a), sortValuesOf(ordering, b));
}

/**
 * The rows of a page (one more than asked, as a database query would return them) taken from rows
 * already in memory: for orderings the database cannot sort on, such as search relevance.
 */
export function pageOfRows<Row>(rows: readonly Row[], ordering: Ordering<Row>, page: { first: number; after: CursorValue[] | null; backward?: boolean }): Row[] {
  const direction = page.backward ? reversed(ordering) : ordering;
  const sorted = [...rows].sort(compareBy(direction));
  const after = page.after;
  const start = after ? sorted.findIndex((row) => compareValues(direction, sortValuesOf(direction, row), after) > 0) : 0;
  return start < 0 ? [] : sorted.slice(start, start + page.first + 1);
}
