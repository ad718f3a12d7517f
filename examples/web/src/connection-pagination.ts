import type { FieldPolicy } from "@apollo/client/cache";

/** Where a page of a connection sits, as far as the query selected it. */
interface CachedPageInfo {
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** One of the service's connections as the cache holds it: only the fields the queries selected. */
interface CachedConnection {
  edges?: ReadonlyArray<{ cursor?: string }>;
  nodes?: readonly unknown[];
  pageInfo?: CachedPageInfo;
  totalCount?: number;
}

interface PageArguments {
  after?: string | null;
  before?: string | null;
}

/**
 * A field policy for the service's Relay connections, which hold their items twice: in `edges`
 * (with cursors) and in `nodes` (without). Apollo's `relayStylePagination` merges `edges` only, so a
 * query that selects `nodes` would show the last page alone; this one merges both lists, in step.
 *
 * - A page read with `after` is appended after that cursor; one read with `before` is put in front of it.
 * - A page read with neither starts the list again (the first page, possibly in another language).
 * - `keyArgs` names the arguments that make a different list (filters, ordering, search words): the
 *   cache keeps one merged list per value of those, and `first`, `after`, `last`, `before` are left out.
 */
export function connectionPagination(keyArgs: string[] | false = false): FieldPolicy<CachedConnection, CachedConnection, CachedConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      const { after, before } = (args ?? {}) as PageArguments;
      if (!existing || (!after && !before)) return incoming;
      return after ? appendAfter(existing, incoming, after) : prependBefore(existing, incoming, before!);
    },
  };
}

function appendAfter(existing: CachedConnection, incoming: CachedConnection, cursor: string): CachedConnection {
  const kept = itemsUpTo(existing, cursor);
  // A cursor this list does not hold (the list changed, or another query filled it): the page cannot be placed.
  if (kept === undefined) return incoming;
  return joined(existing, incoming, {
    edges: existing.edges && incoming.edges && [...existing.edges.slice(0, kept), ...incoming.edges],
    nodes: existing.nodes && incoming.nodes && [...existing.nodes.slice(0, kept), ...incoming.nodes],
    // The list still starts where it started; it now ends where the new page ends.
    pageInfo: incoming.pageInfo && { ...incoming.pageInfo, ...fieldsOf(existing.pageInfo, ["hasPreviousPage", "startCursor"]) },
  });
}

function prependBefore(existing: CachedConnection, incoming: CachedConnection, cursor: string): CachedConnection {
  const skipped = itemsBefore(existing, cursor);
  if (skipped === undefined) return incoming;
  return joined(existing, incoming, {
    edges: existing.edges && incoming.edges && [...incoming.edges, ...existing.edges.slice(skipped)],
    nodes: existing.nodes && incoming.nodes && [...incoming.nodes, ...existing.nodes.slice(skipped)],
    pageInfo: incoming.pageInfo && { ...incoming.pageInfo, ...fieldsOf(existing.pageInfo, ["hasNextPage", "endCursor"]) },
  });
}

/** How many items of the list come up to and including the cursor; undefined when it is not there. */
function itemsUpTo(list: CachedConnection, cursor: string): number | undefined {
  const index = list.edges?.findIndex((edge) => edge.cursor === cursor) ?? -1;
  if (index >= 0) return index + 1;
  // Queries that select `nodes` without `edges` know only where the list ends.
  if (list.pageInfo?.endCursor === cursor) return Math.max(list.edges?.length ?? 0, list.nodes?.length ?? 0);
  return undefined;
}

/** How many items of the list come before the cursor; undefined when it is not there. */
function itemsBefore(list: CachedConnection, cursor: string): number | undefined {
  const index = list.edges?.findIndex((edge) => edge.cursor === cursor) ?? -1;
  if (index >= 0) return index;
  if (list.pageInfo?.startCursor === cursor) return 0;
  return undefined;
}

/**
 * The merged connection: the new page's other fields (`totalCount` counts the whole list, whatever
 * the page), and the merged lists. A list only one side holds is left out rather than kept stale:
 * a query that needs it then finds it missing and asks the service again.
 */
function joined(
  existing: CachedConnection,
  incoming: CachedConnection,
  merged: Pick<CachedConnection, "edges" | "nodes" | "pageInfo">,
): CachedConnection {
  const { edges: _edges, nodes: _nodes, pageInfo: _pageInfo, ...wholeList } = { ...existing, ...incoming };
  return { ...wholeList, ...fieldsOf(merged, ["edges", "nodes", "pageInfo"]) };
}

/** The named fields that `source` holds: a field a query did not select stays absent, never `undefined`. */
function fieldsOf<T extends object, K extends keyof T>(source: T | undefined, fields: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const field of fields) if (source?.[field] !== undefined) picked[field] = source[field];
  return picked;
}
