import { registerEnumType } from "type-graphql";
import { parametersOfFilter } from "./filter-parameters";
import type { Locale } from "./locale";
import { addOrderParameters, type OrderKey } from "./order-parameters";

export enum ExportFormat {
  CSV = "CSV",
  NDJSON = "NDJSON",
  JSON = "JSON",
}

registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description: "File format of a bulk export (GET /export/<list>.<format>).",
  valuesConfig: {
    CSV: { description: "RFC 4180 CSV, UTF-8 with a byte order mark, CRLF line ends; list cells joined with ';'." },
    NDJSON: { description: "One JSON object a line, each shaped as the list's GraphQL nodes." },
    JSON: { description: "One JSON array of objects shaped as the list's GraphQL nodes." },
  },
});

/** Where exports are served: /export/projects.csv, /export/news.ndjson, ... */
export const EXPORT_PATH = "/export/";

/** The lists that can be exported, by the name their export path gives them. */
export type ExportedList = "projects" | "news";

/** The arguments of a top-level list that its export reproduces: its filter and, for a list that takes one, its ordering. */
export interface ExportedArguments {
  filter: object | null | undefined;
  orderBy?: readonly OrderKey[] | null;
}

/** The path and query of the export of a list for its arguments, in a language: the same parameters GET /export/ reads back. */
export function exportPath(list: ExportedList, format: ExportFormat, exported: ExportedArguments, locale: Locale): string {
  const parameters = parametersOfFilter(exported.filter);
  addOrderParameters(parameters, exported.orderBy);
  parameters.set("locale", locale.toLowerCase());
  return `${EXPORT_PATH}${list}.${format.toLowerCase()}?${parameters.toString()}`;
}
