import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Client } from "pg";
import { ServicePool } from "./service-pool";
import type { DatabaseConfig } from "../config";
import { LATEST_MIGRATION } from "./migrator";
import { lockDataDir } from "./pglite-lock";
import { pgliteSession, postgresSession, type SqlSession } from "./sql-session";
import { poolReads, prismaReads, type ReadSql } from "./sql-reads";
import { StatementCounter } from "./statement-counter";

/** How the pool looks right now, for the pool gauges. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

/** The one place the service reaches its data: Prisma for queries, raw SQL for migrations. */
export interface Database {
  readonly kind: DatabaseConfig["kind"];
  readonly prisma: PrismaClient;
  /** The API's reads: one statement, its rows. */
  readonly read: ReadSql;
  readonly sql: SqlSession;
  readonly statements: StatementCounter;
  /** Connections of the pool (PostgreSQL), for metrics; null on the embedded database. */
  poolUse(): PoolUse | null;
  /** Tells processes that find the embedded database taken where the server holding it listens. */
  announce(url: string): Promise<void>;
  /**
   * The latest migration applied, read within `timeoutMs` over a connection of its own, so that a
   * readiness probe is answered however busy the pool is; rejects when the database does not answer.
   */
  latestMigration(timeoutMs: number): Promise<string | null>;
  close(): Promise<void>;
}

/** The promise's value, or a rejection naming the limit once `timeoutMs` has passed. */
function withTimeout<Value>(promise: Promise<Value>, timeoutMs: number): Promise<Value> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// pool.end() waits for every connection to be handed back, and Prisma does not hand back the one of a
// transaction that died with its connection: the wait would never end, and with nothing else pending
// Node would exit mid-close, with code 0. Past this, the connections left are given up.
const POOL_END_WAIT_MS = 2000;

const endPool = (pool: ServicePool) => withTimeout(pool.end(), POOL_END_WAIT_MS).catch(() => undefined);

/**
 * Opens the database; an embedded one is locked for this process (`role` says what for) until closed.
 * An "import" writes in bulk, and its sessions are set for writing rather than for the API's reads.
 */
export async function openDatabase(config: DatabaseConfig, role = "server"): Promise<Database> {
  const statements = new StatementCounter();
  if (config.kind === "postgres") {
    const pool = new ServicePool(
      {
        connectionString: config.url,
        max: config.poolSize,
        connectionTimeoutMillis: config.connectTimeoutMs,
        // A server that stopped answering altogether (frozen, cut off) cannot cancel anything: the client gives up.
        query_timeout: config.statementTimeoutMs + config.connectTimeoutMs,
        // PostgreSQL cancels a statement past the limit (its error names it); a transaction left idle is ended.
        options: `-c statement_timeout=${config.statementTimeoutMs} -c idle_in_transaction_session_timeout=${Math.max(config.statementTimeoutMs * 6, 60_000)}`,
        keepAlive: true,
      },
      { customPlans: role !== "import" },
    );
    // An idle connection the server closes (restart, failover, dropped database) emits an error that
    // would crash the process unheard; the pool replaces it, and the next query reports any real outage.
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: statements.wrap(new PrismaPg(pool)) });
    return {
      kind: "postgres",
      prisma,
      read: poolReads(pool, statements),
      sql: postgresSession(pool),
      statements,
      poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      announce: async () => undefined,
      // A connection of its own for each probe: never queued behind the pool, never one left broken by an outage.
      latestMigration: async (timeoutMs) => {
        const client = new Client({ connectionString: config.url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
        client.on("error", () => undefined);
        try {
          await client.connect();
          return (await withTimeout(client.query<{ name: string | null }>(LATEST_MIGRATION), timeoutMs)).rows[0]?.name ?? null;
        } finally {
          void client.end().catch(() => undefined);
        }
      },
      async close() {
        await prisma.$disconnect();
        await endPool(pool);
      },
    };
  }
  // unaccent ships with PGlite as a contrib extension (an ES module); the search migration creates it.
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  // PGlite creates its own folder but not the parents (.data/ is absent from a fresh clone).
  if (config.dataDir) await fs.mkdir(config.dataDir, { recursive: true });
  const lock = config.dataDir ? await lockDataDir(config.dataDir, role) : null;
  const pglite = await PGlite.create(config.dataDir ?? undefined, { extensions: { unaccent }, loadDataDir: config.template }).catch(
    async (error: unknown) => {
      await lock?.release();
      throw error;
    },
  );
  // The adapter is typed against an older copy of Prisma's adapter interface; the shape is the same.
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  let latestKnown: string | null | undefined;
  const prisma = new PrismaClient({ adapter: statements.wrap(adapter) });
  return {
    kind: "pglite",
    prisma,
    read: prismaReads(prisma),
    sql: pgliteSession(pglite),
    statements,
    poolUse: () => null,
    announce: async (url) => lock?.announce(url),
    // One connection in process: statements queue, so a readiness probe cannot have a connection of its
    // own; a statement that succeeded a moment ago says as much as a probe (migrations ran at start).
    latestMigration: async (timeoutMs) => {
      if (latestKnown !== undefined && statements.succeededWithin(2_000)) return latestKnown;
      const latest = await withTimeout(
        pglite.query<{ name: string | null }>(LATEST_MIGRATION).then((result) => result.rows[0]?.name ?? null),
        timeoutMs,
      );
      latestKnown = latest;
      return latest;
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await lock?.release();
    },
  };
}
