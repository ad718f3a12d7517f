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
