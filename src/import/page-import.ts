import type { ParsedPage } from "./parsed-page";

export type ImportOutcome = "created" | "updated" | "unchanged";

/** What importing one page did. */
export interface PageImport {
  kind: "project" | "news";
  /** Project code or news id. */
  key: string;
  outcome: ImportOutcome;
  warnings: string[];
}

/** One file and what became of it: an import, or the reason nothing of it was written. */
export interface FileImport extends Partial<PageImport> {
  file: string;
  /** Set when the file was not imported; nothing of it was written. */
  error?: string;
}

/** A parsed page and the file it came from, ready to be written. */
export interface PageToWrite {
  file: string;
  page: ParsedPage;
}
