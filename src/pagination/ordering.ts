import type { CursorValue } from "./cursor";

export type SortDirection = "asc" | "desc";

/** One key of an ordering: a column of the row, its direction, and whether it may be null (nulls sort last). */
export interface SortKey<Row> {
  field: keyof Row & string;
  direction: SortDirection;
  nullable: boolean;
  /** The row's value as it goes into a cursor and back into a filter (decimals and dates as strings). */
  valueOf(row: Row): CursorValue;
}

/** An ordering whose last key is unique and not null, so that rows never tie and pages never skip or repeat. */
export interface Ordering<Row> {
  name: string;
  keys: readonly SortKey<Row>[];
}

type Where = Record<string, unknown>;

/** Prisma's orderBy for an ordering. */
export function orderByOf<Row>(ordering: Ordering<Row>): Where[] {
  return ordering.keys.map((key) => ({ [key.field]: key.nullable ? { sort: key.direction, nulls: "last" } : key.direction }));
}

/**
 * The Prisma condition "comes after this cursor" in the ordering (keyset pagination): for keys
 * (a, b), rows with a beyond the cursor's a, or with an equal a and b beyond its b; nulls last.
 */
export function afterCursorWhere<Row>(ordering: Ordering<Row>, values: readonly CursorValue[]): Where {
  const alternatives: Where[] = [];
  ordering.keys.forEach((key, index) => {
    const value = values[index] ?? null;
    const equalBefore = ordering.keys.slice(0, index).map((previous, at) => ({ [previous.field]: values[at] ?? null }));
    // Nulls come last: nothing is beyond a null in this key but what ties on it.
    if (value === null) return;
    const beyond: Where = { [key.field]: key.direction === "asc" ? { gt: value } : { lt: value } };
    const beyondOrNull = key.nullable ? { OR: [beyond, { [key.field]: null }] } : beyond;
    alternatives.push({ AND: [...equalBefore, beyondOrNull] });
  });
  return { OR: alternatives };
}

/** Compares two rows as the ordering sorts them in SQL, for merging rows that came from several statements. */
export function compareBy<Row>(ordering: Ordering<Row>): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const key of ordering.keys) {
      const left = key.valueOf(a);
      const right = key.valueOf(b);
      if (left === right) continue;
      if (left === null) return 1;
      if (right === null) return -1;
      const order = left < right ? -1 : 1;
      return key.direction === "asc" ? order : -order;
    }
    return 0;
  };
}
