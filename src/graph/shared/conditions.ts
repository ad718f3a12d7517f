import { Prisma } from "@prisma/client";
import { BadUserInputError } from "./errors";

/** The conjunction of conditions: TRUE for none. */
export const all = (conditions: readonly Prisma.Sql[]) => (conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

/** A timestamp parameter compared with the database's UTC timestamps, whatever the session time zone. */
export const utcTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

/** The conditions of an inclusive range on a column (none for an absent range); a range whose min is above its max is refused. */
export function range<T extends string | number>(
  column: Prisma.Sql,
  type: "numeric" | "int",
  bounds: { min?: T | null; max?: T | null } | null | undefined,
  argument: string,
): Prisma.Sql[] {
  if (!bounds) return [];
  const { min, max } = bounds;
  const has = (value: T | null | undefined): value is T => value !== null && value !== undefined;
  if (has(min) && has(max) && Number(min) > Number(max))
    throw new BadUserInputError(`"${argument}" has min ${min} above max ${max}`, argument);
  return [
    ...(has(min) ? [Prisma.sql`${column} >= ${min}::${Prisma.raw(type)}`] : []),
    ...(has(max) ? [Prisma.sql`${column} <= ${max}::${Prisma.raw(type)}`] : []),
  ];
}
