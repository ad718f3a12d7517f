import { setImmediate as nextTurn } from "node:timers/promises";
import type { PrismaClient } from "@prisma/client";
import { writeBatch } from "./batch-writer";
import { driverMessageOf, isConnectionFailure } from "../db/database-errors";
import { DatabaseLostError } from "./database-lost";
import type { FileImport, PageToWrite } from "./page-import";
import { listPageFiles, readPage } from "./page-files";
import type { ParsedPage } from "./parsed-page";

export type { FileImport } from "./page-import";
export { ImportPathError, listPageFiles } from "./page-files";

export interface ImportReport {
  files: FileImport[];
  failed: number;
}

export interface ImportOptions {
  /** Pages written in one transaction; PAGES_PER_BATCH by default. */
  pagesPerBatch?: number;
  /** Told of files once they are settled (committed or refused), in the order of the files, as soon as all before them are. */
  onSettled?: (files: readonly FileImport[], progress: { done: number; total: number }) => void;
}

// Past a few hundred pages, larger batches gain little and a batch that fails costs more to retry page by page.
const PAGES_PER_BATCH = 500;
// Parsing is synchronous; handing the event loop back this often lets the batch being written advance meanwhile.
const PAGES_BETWEEN_TURNS = 4;

const keyOf = (page: ParsedPage) => (page.kind === "project" ? `project ${page.project.code}` : `news ${page.news.id}`);

// Two batches are written at once, each in its own transaction, so that the database works on two
// cores while this process parses. A page goes to the lane its project code or news id hashes to:
// the pages of one project or article are written in order, and importers running at once agree on
// the lane of each page, and so on the lock that makes their batches take turns.
const WRITE_LANES = 2;

function laneOf(key: string): number {
  let hash = 0;
  for (let index = 0; index < key.length; index += 1) hash = (hash * 31 + key.charCodeAt(index)) | 0;
  return Math.abs(hash) % WRITE_LANES;
}

/** Files to import together, with their places in the import: parsed pages, one per project or article, and files refused while parsing. */
class PageBatch {
  private readonly entries: Array<{ at: number; entry: PageToWrite | FileImport }> = [];
  private readonly keys = new Set<string>();

  get pageCount(): number {
    return this.keys.size;
  }

  /** Whether the page is about a project or article the batch already writes (a set-based write takes each once). */
  holdsKeyOf(page: ParsedPage): boolean {
    return this.keys.has(keyOf(page));
  }

  add(at: number, entry: PageToWrite | FileImport): void {
    this.entries.push({ at, entry });
    if ("page" in entry) this.keys.add(keyOf(entry.page));
  }

  /** Writes the pages; returns every file's result with its place, in the order added. */
  async write(prisma: PrismaClient, lane: number): Promise<Array<{ at: number; result: FileImport }>> {
    const pages = this.entries.flatMap(({ entry }) => ("page" in entry ? [entry] : []));
    const written = new Map((await writeAllOrEach(prisma, lane, pages)).map((result, index) => [pages[index]!, result]));
    return this.entries.map(({ at, entry }) => ({ at, result: "page" in entry ? written.get(entry)! : entry }));
  }
}

/**
 * Writes the pages in one transaction. When it fails, a page did what no check before the batch
 * foresaw, or a writer in the other lane got there first: each page is written again alone, so that
 * only the failing ones fail, with what the checks then find. When the connection fails, the batch is
 * tried once more (a connection may be cut alone); when that fails too, the database is gone and the
 * import stops.
 */
async function writeAllOrEach(
  prisma: PrismaClient,
  lane: number,
  pages: readonly PageToWrite[],
  attempt: { alone: boolean; connectionRetried: boolean } = { alone: false, connectionRetried: false },
): Promise<FileImport[]> {
  if (pages.length === 0) return [];
  try {
    return await writeBatch(prisma, lane, pages);
  } catch (error) {
    if (isConnectionFailure(error)) {
      if (attempt.connectionRetried) throw new DatabaseLostError(error);
      return writeAllOrEach(prisma, lane, pages, { ...attempt, connectionRetried: true });
    }
    if (attempt.alone) return [{ file: pages[0]!.file, error: `${pages[0]!.file}: ${driverMessageOf(error)}` }];
    const results: FileImport[] = [];
    for (const page of pages) results.push(...(await writeAllOrEach(prisma, lane, [page], { ...attempt, alone: true })));
    return results;
  }
}

/** One lane: the batch being filled, and the one being written while it fills. */
class WriteLane {
  private filling = new PageBatch();
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly lane: number,
    private readonly prisma: PrismaClient,
    private readonly pagesPerBatch: number,
    private readonly settle: (results: Array<{ at: number; result: FileImport }>) => void,
  ) {}

  /** Adds a file; a full batch, or one already holding the page's project or article, is written first. */
  async add(at: number, entry: PageToWrite | FileImport): Promise<void> {
    if ("page" in entry && this.filling.holdsKeyOf(entry.page)) await this.flush();
    this.filling.add(at, entry);
    if (this.filling.pageCount >= this.pagesPerBatch) await this.flush();
  }

  /** Starts writing the batch being filled, once the one before it is written. */
  async flush(): Promise<void> {
    await this.finish();
    const batch = this.filling;
    this.filling = new PageBatch();
    // A failure is kept for finish() to throw, not left to reject unobserved while the next batch is parsed.
    this.inFlight = batch.write(this.prisma, this.lane).then(this.settle, (error: unknown) => void (this.failure = { error }));
  }

  /** Waits for the batch being written; throws what made it fail. */
  async finish(): Promise<void> {
    await this.inFlight;
    if (this.failure) throw this.failure.error;
  }
}

/**
 * Imports page files in batches, each batch in one transaction: good files land, bad ones are
 * reported and write nothing. Batches are parsed while others are written. Throws DatabaseLostError
 * when the database goes away; batches settled before stay committed.
 */
export async function importFiles(prisma: PrismaClient, paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  const files = await listPageFiles(paths);
  const report: FileImport[] = [];
  let told = 0;
  // The lanes settle their batches in any order; the files are told in theirs.
  const settle = (results: Array<{ at: number; result: FileImport }>) => {
    for (const { at, result } of results) report[at] = result;
    const from = told;
    while (report[told]) told += 1;
    if (told > from) options.onSettled?.(report.slice(from, told), { done: told, total: files.length });
  };
  const lanes = Array.from(
    { length: WRITE_LANES },
    (_, lane) => new WriteLane(lane, prisma, options.pagesPerBatch ?? PAGES_PER_BATCH, settle),
  );
  for (const [at, file] of files.entries()) {
    const entry = readPage(file);
    await lanes["page" in entry ? laneOf(keyOf(entry.page)) : at % WRITE_LANES]!.add(at, entry);
    if (at % PAGES_BETWEEN_TURNS === 0) await nextTurn();
  }
  for (const lane of lanes) await lane.flush();
  for (const lane of lanes) await lane.finish();
  const written = report.filter((file) => file.outcome === "created" || file.outcome === "updated").length;
  if (written >= PAGES_BEFORE_ANALYZE) await analyzeImportedTables(prisma);
  return { files: report, failed: report.filter((file) => file.error).length };
}

// After a large import the planner's statistics describe the tables as they were, and index-only
// scans must visit the rows to know them visible; the server's autovacuum may be late, or off. Past
// this many pages written, the import vacuums and analyzes the tables it wrote itself.
const PAGES_BEFORE_ANALYZE = 1_000;

async function analyzeImportedTables(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`VACUUM (ANALYZE) "Project", "ProjectText", "ProjectCountry", "ProjectType", "NewsArticle", "NewsCountry", "NewsProject", "SearchDocument"`;
}
