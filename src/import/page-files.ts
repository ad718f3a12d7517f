import fs from "node:fs";
import path from "node:path";
import type { FileImport, PageToWrite } from "./page-import";
import { decodePage, MAX_PAGE_BYTES, parsePage } from "./page-parser";
import { PageParseError } from "./parsed-page";

/** A file or folder named on the command line that cannot be read. */
export class ImportPathError extends Error {}

async function statOf(given: string): Promise<fs.Stats> {
  try {
    return await fs.promises.stat(given);
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    throw new ImportPathError(`${given}: ${missing ? "no such file or folder" : String(error)}`);
  }
}

/** The page files named: files as given, folders as the .txt/.html files inside them, sorted. */
export async function listPageFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await statOf(given);
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await fs.promises.readdir(given, { withFileTypes: true, recursive: true });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && /\.(txt|html?)$/i.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort(),
    );
  }
  return files;
}

/** Reads and parses one file: the page, or why it cannot be imported, naming the file and, when known, the line. */
export function readPage(file: string): PageToWrite | FileImport {
  try {
    const { size } = fs.statSync(file);
    if (size > MAX_PAGE_BYTES) throw new PageParseError(file, null, `page is ${size} bytes; the limit is ${MAX_PAGE_BYTES} bytes`);
    return { file, page: parsePage(file, decodePage(file, fs.readFileSync(file))) };
  } catch (error) {
    if (error instanceof PageParseError) return { file, error: error.message };
    if (error instanceof Error && "code" in error) return { file, error: `${file}: ${error.message}` };
    throw error;
  }
}
