import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { prepareDatabase } from "./db/prepare";
import { ExplorerNotBuiltError, loadExplorerAssets } from "./explorer/explorer-assets";
import { importSamplesIntoEmptyDatabase } from "./import/sample-data";
import { EXPLORER_BUILD_DIR } from "./paths";
import { buildServiceSchema } from "./schema";
import { startServer } from "./server";

async function main(): Promise<void> {
  const config = loadConfig();
  const explorer = config.explorer ? await loadExplorerAssets(EXPLORER_BUILD_DIR) : null;
  const db = await openDatabase(config.database);
  const migration = await prepareDatabase(db);
  const where = config.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.database.dataDir ?? "memory"}`;
  console.log(`Database: ${where}; ${migration.applied.length} migration(s) applied.`);
  if (config.database.kind === "pglite") {
    const seeded = await importSamplesIntoEmptyDatabase(db.prisma, config.samplePagesDir);
    if (seeded) console.log(`Empty database: imported ${seeded.files.length - seeded.failed} sample page(s) from ${config.samplePagesDir}.`);
  }
  const server = await startServer({ prisma: db.prisma, schema: await buildServiceSchema(), explorer, allowedOrigins: config.allowedOrigins }, config.port, config.host);
  await db.announce(server.url);
  console.log(`GraphQL service ready at ${server.url}${explorer ? " (open it in a browser for the explorer)" : ""}`);

  const shutdown = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof ExplorerNotBuiltError ? error.message : error);
  process.exit(1);
});
