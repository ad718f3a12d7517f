import { BadUserInputError } from "../errors";
import { decodeCursor, type CursorValue } from "./cursor";
import type { Ordering } from "./ordering";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  after: CursorValue[] | null;
}

/** Validates `first` and `after` once, for every list of the API. */
export function pageRequest<Row>(ordering: Ordering<Row>, first: number | null | undefined, after: string | null | undefined): PageRequest {
  return { first: pageSize(first, "first"), after: after ? decodeCursor(after, ordering.name, ordering.keys.length, "after") : null };
}

export function pageSize(value: number | null | undefined, argument: string, defaultSize = DEFAULT_PAGE_SIZE): number {
  if (value === null || value === undefined) return defaultSize;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE} (got ${value}); page with "after" to read more`, argument);
  }
  return value;
}
