import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { prepareDatabase } from "../db/prepare";

/** `npm run db:migrate`: applies pending migrations and refreshes the reference tables. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const result = await prepareDatabase(db);
    for (const name of result.applied) console.log(`applied   ${name}`);
    console.log(
      `${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied; reference data up to date.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
