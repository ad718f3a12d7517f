import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { DEFAULT_POSTGRES_LIMITS } from "../../src/config";
import { openDatabase, type Database } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";
import { provided } from "./lifecycle";
import { pgliteTemplate } from "./pglite-template";

export interface TestDatabase {
  db: Database;
  /**
   * The same database through a connection of its own, as a second process would reach it: a second
   * pool on PostgreSQL; on PGlite, which one process holds, the same instance.
   */
  openAgain(): Promise<Database>;
  /** Takes the database away, as a stopped server or a dropped database does: PostgreSQL's is dropped, PGlite's closed. */
  cutOff(): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or, when DATABASE_URL
 * names a PostgreSQL server, a new database created beside the one it names and dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: null, template: await pgliteTemplate() });
    await prepareDatabase(db);
    let closed = false;
    const close = async () => {
      if (!closed) await db.close();
      closed = true;
    };
    return { db, openAgain: async () => db, cutOff: close, drop: close };
  }
  const name = `iom_test_${randomBytes(6).toString("hex")}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString(), ...DEFAULT_POSTGRES_LIMITS });
  await prepareDatabase(db);
  const others: Database[] = [];
  return {
    db,
    async openAgain() {
      const other = await openDatabase({ kind: "postgres", url: url.toString(), ...DEFAULT_POSTGRES_LIMITS });
      others.push(other);
      return other;
    },
    cutOff: () => withServer(serverUrl, (client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`)),
    async drop() {
      for (const other of others) await other.close();
      await db.close();
      await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A fresh test database for each test of the calling describe block, dropped after it. */
export const databasePerTest = () => provided("each", createTestDatabase, (test) => test.drop());

/** One test database for all tests of the calling describe block, dropped after the last. */
export const databaseForSuite = () => provided("all", createTestDatabase, (test) => test.drop());

async function withServer(url: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
