import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/** Raw SQL below Prisma, for what Prisma's JS engine cannot do here: applying migrations. */
export interface SqlSession {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction; anything it throws rolls the whole transaction back. */
  transaction(work: (tx: SqlTransaction) => Promise<void>): Promise<void>;
}

export interface SqlTransaction {
  /** Runs a script of several statements separated by semicolons. */
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
    async transaction(work) {
      await pglite.transaction(async (tx) => {
        await work({
          exec: async (script) => void (await tx.exec(script)),
          query: async <Row>(sql: string, params: unknown[] = []) => (await tx.query<Row>(sql, params)).rows,
        });
      });
    },
  };
}

export function postgresSession(pool: Pool): SqlSession {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await work({
          exec: async (script) => void (await client.query(script)),
          query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
        });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
