import { fetched } from "./fetched";
import { encodeCursor } from "./cursor";
import { sortValuesOf, type Ordering } from "./ordering";
import type { PageRequest } from "./page-request";

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeData<Node> {
  cursor: string;
  node: Node;
}

/** A page of a list, as the connection types of connection.type.ts expose it. */
export interface ConnectionData<Node> {
  edges: EdgeData<Node>[];
  pageInfo: PageInfoData;
  /** Counted only when a client asks for totalCount. */
  countTotal: () => number | Promise<number>;
}

/** The total of a list: counted with the page when the query asked for it (null when it did not), or counted on demand. */
export type ListTotal = number | null | (() => Promise<number>);

/**
 * Builds a page from rows fetched with one row more than asked for, which only says whether another
 * page follows; backward pages arrive in reverse order and are turned around.
 */
export function connectionFrom<Row>(
  rows: readonly Row[],
  page: PageRequest,
  ordering: Ordering<Row>,
  total: ListTotal,
): ConnectionData<Row> {
  const pageRows = rows.slice(0, page.first);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((node) => ({
    node,
    cursor: encodeCursor(ordering.name, sortValuesOf(ordering, node)),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.after !== null : rows.length > page.first,
      hasPreviousPage: page.backward ? rows.length > page.first : page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    countTotal: typeof total === "function" ? total : () => fetched(total ?? undefined, "totalCount"),
  };
}
