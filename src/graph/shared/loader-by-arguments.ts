import DataLoader from "dataloader";

/** One parent's load, with the arguments (a page, a projection, ...) summed up in a signature. */
export interface ParentKey {
  parent: string;
  signature: string;
}

const cacheKeyOf = (key: ParentKey) => `${key.signature}\u0000${key.parent}`;

/**
 * A DataLoader whose batch is split by arguments: parents asking with the same arguments share one
 * statement, so a request sends one statement per shape in the query, never one per parent or row.
 * `loadGroup` answers for all parents of a group; a parent it leaves out gets `missing`; `onBatch`
 * is told each batch's size.
 */
export function loaderByArguments<Key extends ParentKey, Value>(
  loadGroup: (parents: string[], args: Key) => Promise<Map<string, Value>>,
  missing: () => Value,
  onBatch: (size: number) => void,
): DataLoader<Key, Value, string> {
  return new DataLoader<Key, Value, string>(
    async (keys) => {
      onBatch(keys.length);
      const groups = new Map<string, { parents: string[]; args: Key }>();
      for (const key of keys) {
        const group = groups.get(key.signature) ?? { parents: [], args: key };
        group.parents.push(key.parent);
        groups.set(key.signature, group);
      }
      const results = new Map<string, Value>();
      await Promise.all(
        [...groups.values()].map(async ({ parents, args }) => {
          const values = await loadGroup(parents, args);
          for (const parent of parents) results.set(cacheKeyOf({ parent, signature: args.signature }), values.get(parent) ?? missing());
        }),
      );
      return keys.map((key) => results.get(cacheKeyOf(key)) ?? missing());
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

/**
 * Records by key, read with the parts a projection names: `load(key, projection)` resolves to the
 * record, or null when no record has the key. Loads of one projection share a statement.
 */
export function recordLoader<Row, P extends { key: string }>(
  read: (keys: string[], projection: P) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  onBatch: (size: number) => void,
): (key: string, projection: P) => Promise<Row | null> {
  const loader = loaderByArguments<ParentKey & { projection: P }, Row | null>(
    async (keys, { projection }) => new Map((await read(keys, projection)).map((row) => [keyOf(row), row])),
    () => null,
    onBatch,
  );
  return (key, projection) => loader.load({ parent: key, signature: projection.key, projection });
}
