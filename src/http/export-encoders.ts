import type { ExportFormat } from "../graph/shared/export-link";
import type { CsvColumn } from "../graph/shared/export-batches";
import { csvLine } from "./csv";

/** How an export's records become the bytes of a file of one format, a batch at a time. */
export interface ExportEncoder<Exported> {
  contentType: string;
  opening: string;
  /** A batch of records; `first` for the first batch of the file. */
  batch(records: readonly Exported[], first: boolean): string;
  closing: string;
}

// Excel reads a CSV file as UTF-8 only when it opens with a byte order mark; pandas skips it.
const BYTE_ORDER_MARK = "\uFEFF";

const ENCODERS: { [Format in ExportFormat]: <Exported>(columns: readonly CsvColumn<Exported>[]) => ExportEncoder<Exported> } = {
  CSV: (columns) => ({
    contentType: "text/csv; charset=utf-8; header=present",
    opening: BYTE_ORDER_MARK + csvLine(columns.map((column) => column.header)),
    batch: (records) => records.map((record) => csvLine(columns.map((column) => column.cell(record)))).join(""),
    closing: "",
  }),
  NDJSON: () => ({
    contentType: "application/x-ndjson; charset=utf-8",
    opening: "",
    batch: (records) => records.map((record) => `${JSON.stringify(record)}\n`).join(""),
    closing: "",
  }),
  JSON: () => ({
    contentType: "application/json; charset=utf-8",
    opening: "[",
    batch: (records, first) => (first ? "\n" : ",\n") + records.map((record) => JSON.stringify(record)).join(",\n"),
    closing: "\n]\n",
  }),
};

export const exportEncoder = <Exported>(format: ExportFormat, columns: readonly CsvColumn<Exported>[]): ExportEncoder<Exported> =>
  ENCODERS[format](columns);
