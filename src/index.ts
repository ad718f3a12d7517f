import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { DatabaseInUseError } from "./db/pglite-lock";
import { MigrationError } from "./db/migrator";
import { prepareDatabase } from "./db/prepare";
import { ExplorerNotBuiltError, loadExplorerAssets } from "./explorer/explorer-assets";
import { importSamplesIntoEmptyDatabase } from "./import/sample-data";
import { createLogger } from "./operations/logger";
import { EXPLORER_BUILD_DIR } from "./paths";
import { RedisKeyValueCache } from "./operations/redis-cache";
import { buildServiceSchema } from "./graph/schema";
import { startServer } from "./http/server";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const explorer = config.explorer ? await loadExplorerAssets(EXPLORER_BUILD_DIR) : null;
  const db = await openDatabase(config.database, "server");
  const migration = await prepareDatabase(db);
  const where =
    config.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.database.dataDir ?? "memory"}`;
  logger.info(
    { migrationsApplied: migration.applied, readOnly: migration.readOnly },
    migration.readOnly
      ? `Database: ${where}, read-only: its schema is current; nothing written.`
      : `Database: ${where}; ${migration.applied.length} migration(s) applied.`,
  );
  if (config.database.kind === "pglite" && !migration.readOnly) {
    const seeded = await importSamplesIntoEmptyDatabase(db.prisma, config.samplePagesDir);
    if (seeded)
      logger.info(`Empty database: imported ${seeded.files.length - seeded.failed} sample page(s) from ${config.samplePagesDir}.`);
  }
  const cache = config.redisUrl ? await RedisKeyValueCache.connect(config.redisUrl, logger) : undefined;
  const server = await startServer(
    {
      database: db,
      schema: await buildServiceSchema(),
      explorer,
      allowedOrigins: config.allowedOrigins,
      compression: config.compression,
      requestTimeoutMs: config.requestTimeoutMs,
      maxConcurrentExecutions: config.maxConcurrentExecutions,
      probePort: config.probePort,
      cache,
      acceptImports: config.database.kind === "pglite",
      statementTimeoutMs: config.database.kind === "postgres" ? config.database.statementTimeoutMs : null,
      logger,
    },
    config.port,
    config.host,
  );
  await db.announce(server.url);
  logger.info(
    { url: server.url, probes: server.probeUrl },
    `GraphQL service ready at ${server.url}${explorer ? " (open it in a browser for the explorer)" : ""}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, graceMs: config.shutdownGraceMs },
      "Stopping: answering the requests already received, then closing the database",
    );
    await server.stop(config.shutdownGraceMs);
    await Promise.all([db.close(), cache?.close()]);
    logger.info("Stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof ExplorerNotBuiltError ||
    error instanceof DatabaseInUseError ||
    error instanceof MigrationError;
  console.error(known ? error.message : error);
  process.exit(1);
});
