import { BadUserInputError } from "./errors";
import { decodeCursor, type CursorValue } from "./cursor";
import type { Ordering } from "./ordering";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A page to read: `first` rows after the cursor, going forward, or going backward for `last`/`before`. */
export interface PageRequest {
  first: number;
  after: CursorValue[] | null;
  backward?: boolean;
}

export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Validates `first` and `after` once, for every list of the API. */
export function pageRequest<Row>(ordering: Ordering<Row>, first: number | null | undefined, after: string | null | undefined): PageRequest {
  return { first: pageSize(first, "first"), after: after ? decodeCursor(after, ordering.name, ordering.keys.length, "after") : null };
}

/** Validates Relay's four paging arguments: `first`/`after` forward, or `last`/`before` backward, not both. */
export function bidirectionalPageRequest<Row>(ordering: Ordering<Row>, args: PageArguments): PageRequest {
  const backward = (args.last ?? null) !== null || (args.before ?? null) !== null;
  if (!backward) return pageRequest(ordering, args.first, args.after);
  if ((args.first ?? null) !== null || (args.after ?? null) !== null) {
    throw new BadUserInputError('Page forward with "first"/"after" or backward with "last"/"before", not both at once', "last");
  }
  return {
    first: pageSize(args.last, "last"),
    after: args.before ? decodeCursor(args.before, ordering.name, ordering.keys.length, "before") : null,
    backward: true,
  };
}

export function pageSize(value: number | null | undefined, argument: string, defaultSize = DEFAULT_PAGE_SIZE): number {
  if (value === null || value === undefined) return defaultSize;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      `"${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page with "after" to read more`,
      argument,
    );
  }
  return value;
}
