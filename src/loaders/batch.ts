/** Rows in the order of their keys (null where none): DataLoader needs its keys' order, databases give theirs. */
export function byKeys<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): (Row | null)[] {
  const rowByKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => rowByKey.get(key) ?? null);
}

/** Rows grouped under their keys, in the order of the keys, each group in the rows' own order. */
export function groupedByKeys<Row>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
