import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { ImportConflictError, importNews, importProject, type PageImport } from "./importer";
import { decodePage, MAX_PAGE_BYTES, parsePage } from "./page-parser";
import { PageParseError } from "./parsed-page";

export interface FileImport extends Partial<PageImport> {
  file: string;
  /** Set when the file was not imported; nothing of it was written. */
  error?: string;
}

export interface ImportReport {
  files: FileImport[];
  failed: number;
}

/** The page files named: files as given, folders as the .txt/.html files inside them, sorted. */
export async function listPageFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given);
    if (!stat.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await fs.readdir(given, { withFileTypes: true, recursive: true });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && /\.(txt|html?)$/i.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort(),
    );
  }
  return files;
}

async function importFile(prisma: PrismaClient, file: string): Promise<FileImport> {
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_PAGE_BYTES) throw new PageParseError(file, null, `page is ${size} bytes; the limit is ${MAX_PAGE_BYTES} bytes`);
    const page = parsePage(file, decodePage(file, await fs.readFile(file)));
    const result = page.kind === "project" ? await importProject(prisma, page.project) : await importNews(prisma, page.news);
    return { file, ...result };
  } catch (error) {
    if (error instanceof PageParseError) return { file, error: error.message };
    if (error instanceof ImportConflictError) return { file, error: `${file}: ${error.message}` };
    const reason = error instanceof Error ? error.message : String(error);
    return { file, error: `${file}: ${reason}` };
  }
}

/** Imports each file in its own transaction: good files land, bad ones are reported and write nothing. */
export async function importFiles(prisma: PrismaClient, paths: readonly string[]): Promise<ImportReport> {
  const files: FileImport[] = [];
  for (const file of await listPageFiles(paths)) files.push(await importFile(prisma, file));
  return { files, failed: files.filter((file) => file.error).length };
}
