import DataLoader from "dataloader";
import { connectionFrom, type ConnectionData } from "../pagination/connection";
import type { Ordering } from "../pagination/ordering";
import type { PageRequest } from "../pagination/page-request";
import { groupedByKeys } from "./batch";

/** A page of a parent's children (a country's projects, a region's projects, ...), with the filter it was asked with. */
export interface ChildPageKey<Filter> {
  parent: string;
  filter: Filter;
  page: PageRequest;
}

export interface ChildLink {
  parent: string;
  child: string;
}

export interface ChildConnectionSource<Filter, Node> {
  /** Links from these parents to every child passing the filter after the cursor, in the ordering, in one statement. */
  links(parents: string[], filter: Filter, page: PageRequest): Promise<ChildLink[]>;
  /** Number of children passing the filter per parent, in one statement. */
  counts(parents: string[], filter: Filter): Promise<Map<string, number>>;
  nodes: DataLoader<string, Node | null>;
  ordering: Ordering<Node>;
}

const keyOfArgs = (key: { filter: unknown; page?: PageRequest }) => JSON.stringify([key.filter, key.page ?? null]);

/**
 * Batches nested connections: all parents asking with the same arguments share one statement for
 * their links, one for the nodes (through the node loader) and, when asked, one for the counts.
 * The statement count depends on the query's shape, never on how many parents or rows there are.
 */
export function childConnectionLoader<Filter, Node>(source: ChildConnectionSource<Filter, Node>) {
  const counts = new DataLoader<{ parent: string; filter: Filter }, number, string>(
    async (keys) => {
      const results = new Map<string, number>();
      for (const group of groupByArgs(keys)) {
        const parentCounts = await source.counts(group.parents, group.filter);
        for (const parent of group.parents) results.set(JSON.stringify([parent, keyOfArgs(group)]), parentCounts.get(parent) ?? 0);
      }
      return keys.map((key) => results.get(JSON.stringify([key.parent, keyOfArgs(key)])) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parent, keyOfArgs(key)]) },
  );

  return new DataLoader<ChildPageKey<Filter>, ConnectionData<Node>, string>(
    async (keys) => {
      const pages = new Map<string, ConnectionData<Node>>();
      for (const group of groupByArgs(keys)) {
        const page = group.page!;
        const links = page.first === 0 ? [] : await source.links(group.parents, group.filter, page);
        const childrenByParent = groupedByKeys(group.parents, links, (link) => link.parent).map((children) =>
          children.slice(0, page.first + 1).map((link) => link.child),
        );
        const nodes = await source.nodes.loadMany(childrenByParent.flat());
        const nodeByChild = new Map(childrenByParent.flat().map((child, index) => [child, nodes[index]]));
        group.parents.forEach((parent, index) => {
          const rows = childrenByParent[index]!.map((child) => nodeByChild.get(child)).filter((node): node is Node => isNode(node));
          const countTotal = () => counts.load({ parent, filter: group.filter });
          pages.set(JSON.stringify([parent, keyOfArgs(group)]), connectionFrom(rows, page, source.ordering, countTotal));
        });
      }
      return keys.map((key) => pages.get(JSON.stringify([key.parent, keyOfArgs(key)]))!);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parent, keyOfArgs(key)]) },
  );
}

function isNode<Node>(value: Node | Error | null | undefined): value is Node {
  return value !== null && value !== undefined && !(value instanceof Error);
}

function groupByArgs<Filter>(keys: readonly { parent: string; filter: Filter; page?: PageRequest }[]) {
  const groups = new Map<string, { parents: string[]; filter: Filter; page?: PageRequest }>();
  for (const key of keys) {
    const signature = keyOfArgs(key);
    const group = groups.get(signature) ?? { parents: [], filter: key.filter, page: key.page };
    group.parents.push(key.parent);
    groups.set(signature, group);
  }
  return [...groups.values()];
}
