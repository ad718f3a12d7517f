import { Prisma } from "@prisma/client";
import type { CursorValue } from "./cursor";

export type SortDirection = "asc" | "desc";

/** SQL types of sort keys, for casting cursor values back into comparable parameters. */
export type SortKeyType = "text" | "numeric" | "int" | "timestamp" | "float8";

/** One key of an ordering: a column of the row, its direction, and whether it may be null (nulls sort last). */
export interface SortKey<Row> {
  /** The row property holding the key, also the column's alias in the statement. */
  field: keyof Row & string;
  /** The SQL expression sorted on. */
  column: Prisma.Sql;
  /** How rows carry the key, when not as `column` itself (exact decimals as text). */
  selected?: Prisma.Sql;
  type: SortKeyType;
  direction: SortDirection;
  nullable: boolean;
  /** Set on reversed orderings only: nulls, last going forward, come first going backward. */
  nullsFirst?: boolean;
  /** The row's value as it goes into a cursor and back into a condition (decimals and dates as strings). */
  valueOf(row: Row): CursorValue;
}

/** An ordering whose last key is unique and not null, so that rows never tie and pages never skip or repeat. */
export interface Ordering<Row> {
  name: string;
  keys: readonly SortKey<Row>[];
}

/** The same ordering read from the end: what `last`/`before` pages through. Cursors stay valid in both. */
export function reversed<Row>(ordering: Ordering<Row>): Ordering<Row> {
  return {
    name: ordering.name,
    keys: ordering.keys.map((key) => ({ ...key, direction: key.direction === "asc" ? "desc" : "asc", nullsFirst: !key.nullsFirst })),
  };
}

/** The sort keys as selected columns, aliased with their row property, so that cursors can be built from rows. */
export function sortColumnsOf<Row>(ordering: Ordering<Row>): Map<string, Prisma.Sql> {
  return new Map(ordering.keys.map((key) => [key.field, Prisma.sql`${key.selected ?? key.column} AS ${Prisma.raw(`"${key.field}"`)}`]));
}

/** `ORDER BY` for an ordering, nulls placed as it says. */
export function orderBySql<Row>(ordering: Ordering<Row>): Prisma.Sql {
  const terms = ordering.keys.map(
    (key) =>
      Prisma.sql`${key.column} ${Prisma.raw(key.direction === "asc" ? "ASC" : "DESC")} ${Prisma.raw(key.nullsFirst ? "NULLS FIRST" : "NULLS LAST")}`,
  );
  return Prisma.sql`ORDER BY ${Prisma.join(terms)}`;
}

// Numbers go as text: Prisma's raw queries and the embedded database's adapter send a float parameter
// rounded to 15 digits, and a cursor's relevance must compare equal to the row it came from.
const parameter = (value: CursorValue, type: SortKeyType) =>
  Prisma.sql`${typeof value === "number" ? String(value) : value}::${Prisma.raw(type)}`;

/**
 * The condition "comes after this cursor" in the ordering (keyset pagination): for keys (a, b), rows
 * with a beyond the cursor's a, or with an equal a and b beyond its b. TRUE without a cursor.
 */
export function afterCursorSql<Row>(ordering: Ordering<Row>, values: readonly CursorValue[] | null): Prisma.Sql {
  if (!values) return Prisma.sql`TRUE`;
  const alternatives: Prisma.Sql[] = [];
  ordering.keys.forEach((key, index) => {
    const value = values[index] ?? null;
    const equalBefore = ordering.keys.slice(0, index).map((previous, at) => {
      const previousValue = values[at] ?? null;
      return previousValue === null
        ? Prisma.sql`${previous.column} IS NULL`
        : Prisma.sql`${previous.column} = ${parameter(previousValue, previous.type)}`;
    });
    let beyond: Prisma.Sql | null;
    if (value === null) {
      // Among nulls nothing is beyond but what ties; before nulls, every value is beyond.
      beyond = key.nullsFirst ? Prisma.sql`${key.column} IS NOT NULL` : null;
    } else {
      const strictly = Prisma.sql`${key.column} ${Prisma.raw(key.direction === "asc" ? ">" : "<")} ${parameter(value, key.type)}`;
      beyond = key.nullable && !key.nullsFirst ? Prisma.sql`(${strictly} OR ${key.column} IS NULL)` : strictly;
    }
    if (beyond) alternatives.push(Prisma.sql`(${Prisma.join([...equalBefore, beyond], " AND ")})`);
  });
  return alternatives.length > 0 ? Prisma.sql`(${Prisma.join(alternatives, " OR ")})` : Prisma.sql`FALSE`;
}

export const sortValuesOf = <Row>(ordering: Ordering<Row>, row: Row): CursorValue[] => ordering.keys.map((key) => key.valueOf(row));
