import type { PrismaClient } from "@prisma/client";
import { writeNewsPages } from "./news-writer";
import type { FileImport, PageToWrite } from "./page-import";
import type { ParsedNews, ParsedProject } from "./parsed-page";
import { writeProjectPages } from "./project-writer";

// A transaction-level advisory lock for each write lane, shared by all importers of a database: the
// batches two importers write in one lane take turns, so that neither decides "new" or "unchanged"
// about rows the other is writing (no unique violation, no page counted twice).
const IMPORT_LOCK_KEY = 72707370;

// A batch takes well under a second; the limit leaves room for a busy machine and for waiting on
// another importer's batch.
const BATCH_TRANSACTION_TIMEOUT_MS = 120_000;

/** Writes pages of one lane in one transaction: all of them, or, when it throws, none. Results in the pages' order. */
export async function writeBatch(prisma: PrismaClient, lane: number, pages: readonly PageToWrite[]): Promise<FileImport[]> {
  return prisma.$transaction(
    async (tx) => {
      // JIT compilation pays off for statements run many times over many rows. These run once per batch,
      // and on tables the server has not analyzed yet the planner thinks them costly enough to compile:
      // compiling took a third of the server's time in a large import. Off for this transaction only.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY + lane}), set_config('jit', 'off', true)`;
      const projects: Array<{ at: number; file: string; project: ParsedProject }> = [];
      const news: Array<{ at: number; file: string; news: ParsedNews }> = [];
      pages.forEach(({ file, page }, at) =>
        page.kind === "project" ? projects.push({ at, file, project: page.project }) : news.push({ at, file, news: page.news }),
      );
      const results: FileImport[] = [];
      (await writeProjectPages(tx, projects)).forEach((result, index) => (results[projects[index]!.at] = result));
      (await writeNewsPages(tx, news)).forEach((result, index) => (results[news[index]!.at] = result));
      return results;
    },
    { timeout: BATCH_TRANSACTION_TIMEOUT_MS, maxWait: BATCH_TRANSACTION_TIMEOUT_MS },
  );
}
