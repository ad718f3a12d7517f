import type { GraphQLResolveInfo } from "graphql";
import { selectedFields } from "./selection";

/** The fields of one type a query selects, and a key naming them, so that loads of the same shape share a statement. */
export interface Projection {
  readonly fields: ReadonlySet<string>;
  readonly key: string;
}

/** The projection of the objects of `typeName` under the current field, keeping only the fields that `parts` fetch. */
export function projectionOf(info: GraphQLResolveInfo, typeName: string, parts: Readonly<Record<string, unknown>>): Projection {
  const fields = [...selectedFields(info, typeName)].filter((field) => field in parts).sort();
  return { fields: new Set(fields), key: fields.join(",") };
}
