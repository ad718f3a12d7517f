import type { CsvCell } from "../graph/shared/export-batches";

/** Cells that must be quoted (RFC 4180): those holding the separator, a quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "object" ? cell.join(";") : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, RFC 4180: fields separated by commas, quoted when they need it, ended by CRLF. */
export const csvLine = (cells: readonly CsvCell[]): string => `${cells.map(csvField).join(",")}\r\n`;
