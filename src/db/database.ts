import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PreparedStatementPool } from "./prepared-statement-pool";
import type { DatabaseConfig } from "../config";
import { pgliteSession, postgresSession, type SqlSession } from "./sql-session";
import { StatementCounter } from "./statement-counter";

/** The one place the service reaches its data: Prisma for queries, raw SQL for migrations. */
export interface Database {
  readonly kind: DatabaseConfig["kind"];
  readonly prisma: PrismaClient;
  readonly sql: SqlSession;
  readonly statements: StatementCounter;
  close(): Promise<void>;
}

// pool.end() waits for every connection to be handed back, and Prisma does not hand back the one of a
// transaction that died with its connection: the wait would never end, and with nothing else pending
// Node would exit mid-close, with code 0. Past this, the connections left are given up.
const POOL_END_WAIT_MS = 2000;

async function endPool(pool: PreparedStatementPool): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([pool.end(), new Promise((resolve) => (timer = setTimeout(resolve, POOL_END_WAIT_MS)))]);
  clearTimeout(timer);
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const statements = new StatementCounter();
  if (config.kind === "postgres") {
    const pool = new PreparedStatementPool({ connectionString: config.url, max: 10 });
    // An idle connection the server closes (restart, failover, dropped database) emits an error that
    // would crash the process unheard; the pool replaces it, and the next query reports any real outage.
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: statements.wrap(new PrismaPg(pool)) });
    return {
      kind: "postgres",
      prisma,
      sql: postgresSession(pool),
      statements,
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
  const pglite = await PGlite.create(config.dataDir ?? undefined, { extensions: { unaccent } });
  // The adapter is typed against an older copy of Prisma's adapter interface; the shape is the same.
  const adapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = new PrismaClient({ adapter: statements.wrap(adapter) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteSession(pglite),
    statements,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
