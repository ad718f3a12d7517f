import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { prepareDatabase } from "../db/prepare";
import { importFiles } from "./import-files";

/** `npm run import -- <files or folders>`: imports IOM pages into the configured database. */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("Usage: npm run import -- <page files or folders>...");
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    await prepareDatabase(db);
    const report = await importFiles(db.prisma, paths);
    for (const file of report.files) {
      if (file.error) console.error(`FAILED     ${file.error}`);
      else console.log(`${file.outcome!.padEnd(10)} ${file.kind!.padEnd(7)} ${file.key}  (${file.file})`);
      for (const warning of file.warnings ?? []) console.warn(`  warning: ${warning}`);
    }
    const count = (outcome: string) => report.files.filter((file) => file.outcome === outcome).length;
    console.log(
      `${report.files.length} page(s): ${count("created")} created, ${count("updated")} updated, ` +
        `${count("unchanged")} unchanged, ${report.failed} failed (nothing written for failed pages).`,
    );
    return report.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
