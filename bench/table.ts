/** Widths of a printed table's label and of each of its cells. */
export interface TableWidths {
  label: number;
  cell: number;
}

const QUERY_TABLE: TableWidths = { label: 58, cell: 10 };

/** One line of a printed table: its label, then its cells right-aligned. */
export const tableLine = (label: string, cells: readonly string[], widths: TableWidths = QUERY_TABLE) =>
  `${label.padEnd(widths.label)} ${cells.map((cell) => cell.padStart(widths.cell)).join(" ")}`;

/** What follows the line of a measurement some of whose requests failed. */
export const failedNote = (failed: number) => (failed > 0 ? `  (${failed} failed)` : "");
