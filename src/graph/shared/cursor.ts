import { BadUserInputError } from "./errors";

export type CursorValue = string | number | null;

/**
 * Opaque cursors: the sort key of a row, tagged with the ordering it belongs to, so that a cursor
 * from one ordering (or a forged one) is refused instead of silently skipping rows.
 */
export function encodeCursor(ordering: string, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([ordering, ...values]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, ordering: string, expectedLength: number, argument: string): CursorValue[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const valid =
    Array.isArray(decoded) &&
    decoded[0] === ordering &&
    decoded.length === expectedLength + 1 &&
    decoded.slice(1).every((value) => value === null || ["string", "number"].includes(typeof value));
  if (!valid) {
    throw new BadUserInputError(
      `Invalid cursor in "${argument}": pass a cursor returned by this same list with the same ordering (got "${cursor.slice(0, 60)}")`,
      argument,
    );
  }
  return (decoded as CursorValue[]).slice(1);
}
