import "reflect-metadata";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { driverMessageOf, isConnectionFailure } from "../db/database-errors";
import { MigrationError } from "../db/migrator";
import { DatabaseInUseError } from "../db/pglite-lock";
import { prepareDatabase } from "../db/prepare";
import { DatabaseLostError } from "./database-lost";
import { importFiles, ImportPathError, type FileImport, type ImportReport } from "./import-files";
import { ProgressLine } from "./progress-line";
import { sendImportToService } from "./service-import";

const IMPORT_STATEMENT_TIMEOUT_MS = 120_000;

const READ_ONLY_DATABASE = "DATABASE_URL names a read-only database (a replica, or a read-only role): import into the primary.";

/** Exit codes, as documented in the README's import section. */
const EXIT = { imported: 0, failed: 1, databaseLost: 2, usage: 3 } as const;

const progress = process.stderr.isTTY ? new ProgressLine(process.stderr) : null;
let pagesSettled = 0;

function printSettled(files: readonly FileImport[], done: number, total: number): void {
  let report = "";
  let problems = "";
  for (const file of files) {
    if (file.error) problems += `FAILED     ${file.error}\n`;
    else report += `${file.outcome!.padEnd(10)} ${file.kind!.padEnd(7)} ${file.key}  (${file.file})\n`;
    for (const warning of file.warnings ?? []) problems += `  warning: ${warning}\n`;
  }
  progress?.clear();
  // One write per batch: a line at a time costs more than the import's own work on large imports.
  if (report) process.stdout.write(report);
  if (problems) process.stderr.write(problems);
  pagesSettled = done;
  progress?.update(done, total);
}

/** `npm run import -- <files or folders>`: imports IOM pages into the configured database. */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("Usage: npm run import -- <page files or folders>...");
    return EXIT.usage;
  }
  const config = loadConfig();
  // A batch of 500 pages is one statement: it may run longer than the service's own requests may.
  const database =
    config.database.kind === "postgres"
      ? { ...config.database, statementTimeoutMs: Math.max(config.database.statementTimeoutMs, IMPORT_STATEMENT_TIMEOUT_MS) }
      : config.database;
  let db;
  try {
    db = await openDatabase(database, "import");
  } catch (error) {
    if (error instanceof DatabaseInUseError && error.holder.role === "server" && error.holder.url)
      return importThroughService(error.holder.url, paths);
    throw error;
  }
  try {
    if ((await prepareDatabase(db)).readOnly) throw new ConfigError(READ_ONLY_DATABASE);
    const started = Date.now();
    const report = await importFiles(db.prisma, paths, { onSettled: (files, { done, total }) => printSettled(files, done, total) });
    return summarize(report, started);
  } finally {
    await db.close();
  }
}

/** Prints the counts of a finished import and gives its exit code. */
function summarize(report: ImportReport, started: number): number {
  progress?.clear();
  const seconds = (Date.now() - started) / 1000;
  const count = (outcome: string) => report.files.filter((file) => file.outcome === outcome).length;
  console.log(
    `${report.files.length} page(s): ${count("created")} created, ${count("updated")} updated, ` +
      `${count("unchanged")} unchanged, ${report.failed} failed (nothing written for failed pages); ` +
      `${seconds.toFixed(1)} s, ${Math.round(report.files.length / Math.max(seconds, 0.001))} pages/s.`,
  );
  return report.failed > 0 ? EXIT.failed : EXIT.imported;
}

/** The embedded database is held by the running service: it imports the pages itself and serves them at once. */
async function importThroughService(serviceUrl: string, paths: readonly string[]): Promise<number> {
  console.error(`The embedded database is in use by the service at ${serviceUrl}: importing through it.`);
  const started = Date.now();
  const answer = await sendImportToService(serviceUrl, paths);
  if ("refused" in answer) {
    console.error(`The service refused the import: ${answer.refused}`);
    return EXIT.failed;
  }
  printSettled(answer.files, answer.files.length, answer.files.length);
  return summarize(answer, started);
}

function exitCodeOf(error: unknown): number {
  progress?.clear();
  if (error instanceof DatabaseLostError || isConnectionFailure(error)) {
    const reason = error instanceof DatabaseLostError ? error.message : `the database cannot be reached: ${driverMessageOf(error)}`;
    console.error(
      `Import stopped after ${pagesSettled} page(s): ${reason}.\n` +
        "The pages reported above are committed; run the same import again once the database is back " +
        "(pages already imported are reported unchanged).",
    );
    return EXIT.databaseLost;
  }
  if (error instanceof ConfigError || error instanceof ImportPathError || error instanceof MigrationError) {
    console.error(error.message);
    return EXIT.usage;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  return EXIT.failed;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => process.exit(exitCodeOf(error)),
);
