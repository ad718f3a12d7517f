import { Prisma } from "@prisma/client";
import type { SelectedFields } from "./selection";

/** One value a GraphQL field needs from the database, under the name its record gives it. */
export interface Part {
  name: string;
  expression: Prisma.Sql;
}

export const part = (name: string, expression: Prisma.Sql): Part => ({ name, expression });

export const asColumn = ({ name, expression }: Part) => Prisma.sql`${expression} AS ${Prisma.raw(`"${name}"`)}`;

export const asJsonObject = (parts: readonly Part[]) =>
  Prisma.sql`json_build_object(${Prisma.join(parts.map(({ name, expression }) => Prisma.sql`${Prisma.raw(`'${name}'`)}, ${expression}`))})`;

/** The parts the query selects on one type, and a key naming them, so that loads of the same shape share a statement. */
export interface Projection {
  readonly fields: ReadonlySet<string>;
  readonly key: string;
}

/** The selected fields that have a part of their own, in a stable order. */
export function projectionOf(selected: SelectedFields, parts: Readonly<Record<string, Part>>): Projection {
  const fields = [...selected.keys()].filter((field) => field in parts).sort();
  return { fields: new Set(fields), key: fields.join(",") };
}
