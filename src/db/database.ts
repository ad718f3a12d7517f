import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { ServicePool } from "./service-pool";
import type { DatabaseConfig } from "../config";
import { lockDataDir } from "./pglite-lock";
import { pgliteSession, postgresSession, type SqlSession } from "./sql-session";
import { StatementCounter } from "./statement-counter";

/** The one place the service reaches its data: Prisma for queries, raw SQL for migrations. */
export interface Database {
  readonly kind: DatabaseConfig["kind"];
  readonly prisma: PrismaClient;
  readonly sql: SqlSession;
  readonly statements: StatementCounter;
  /** Tells processes that find the embedded database taken where the server holding it listens. */
  announce(url: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database; an embedded one is locked for this process (`role` says what for) until closed. */
export async function openDatabase(config: DatabaseConfig, role = "server"): Promise<Database> {
  const statements = new StatementCounter();
  if (config.kind === "postgres") {
    const pool = new ServicePool({
      connectionString: config.url,
      max: config.poolSize,
      connectionTimeoutMillis: config.connectTimeoutMs,
      // PostgreSQL cancels a statement past the limit (its error names it); a transaction left idle is ended.
      options: `-c statement_timeout=${config.statementTimeoutMs} -c idle_in_transaction_session_timeout=${Math.max(config.statementTimeoutMs * 6, 60_000)}`,
      keepAlive: true,
    });
    // An idle connection the server closes (restart, failover, dropped database) emits an error that
    // would crash the process unheard; the pool replaces it, and the next query reports any real outage.
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: statements.wrap(new PrismaPg(pool)) });
    return {
      kind: "postgres",
      prisma,
      sql: postgresSession(pool),
      statements,
      announce: async () => undefined,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  // unaccent ships with PGlite as a contrib extension (an ES module); the search migration creates it.
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  // PGlite creates its own folder but not the parents (.data/ is absent from a fresh clone).
  if (config.dataDir) await fs.mkdir(config.dataDir, { recursive: true });
  const lock = config.dataDir ? await lockDataDir(config.dataDir, role) : null;
  const pglite = await PGlite.create(config.dataDir ?? undefined, { extensions: { unaccent } }).catch(async (error: unknown) => {
    await lock?.release();
    throw error;
  });
  // The adapter is typed against an older copy of Prisma's adapter interface; the shape is the same.
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: statements.wrap(adapter) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteSession(pglite),
    statements,
    announce: async (url) => lock?.announce(url),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await lock?.release();
    },
  };
}
