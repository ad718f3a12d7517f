import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "./sql-session";

export class MigrationError extends Error {}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

// Same table, columns and checksum as Prisma's own migrate, so `prisma migrate status` on a machine
// with the native engines agrees with what was applied here (its JS engine cannot apply them: prisma/orm#27403).
const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Prisma's own advisory lock key: two processes migrating at once apply each migration once.
const MIGRATION_LOCK_KEY = 72707369;

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** The name of the newest migration a database has applied, as `name` (null for none). */
export const LATEST_MIGRATION = `SELECT max("migration_name") AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;

/** The newest migration this database has applied; null for none, even before the migrations table exists. */
export async function latestAppliedMigration(sql: SqlSession): Promise<string | null> {
  const [table] = await sql.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
  if (!table?.exists) return null;
  const [applied] = await sql.query<{ name: string | null }>(LATEST_MIGRATION);
  return applied?.name ?? null;
}

/** The name of the newest committed migration: what a database must have applied for this code to run on it. */
export async function newestMigration(migrationsDir: string): Promise<string | null> {
  return (await readMigrations(migrationsDir)).at(-1)?.name ?? null;
}

/** Applies the committed migrations not yet applied, in order, each in its own transaction. */
export async function migrate(sql: SqlSession, migrationsDir: string): Promise<MigrationResult> {
  // Under the lock too: two processes starting on a new database would both create the table, and one would fail.
  await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.query(MIGRATIONS_TABLE);
  });
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of await readMigrations(migrationsDir)) {
    try {
      await sql.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
        const [previous] = await tx.query<{ checksum: string }>(
          `SELECT checksum FROM "_prisma_migrations"
           WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          [migration.name],
        );
        if (previous) {
          if (previous.checksum !== migration.checksum) {
            throw new MigrationError(
              `Migration ${migration.name} was modified after it was applied (checksum differs); ` +
                "add a new migration instead of editing an applied one.",
            );
          }
          result.alreadyApplied.push(migration.name);
          return;
        }
        await tx.exec(migration.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        result.applied.push(migration.name);
      });
    } catch (error) {
      if (error instanceof MigrationError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`Migration ${migration.name} failed and was rolled back, leaving the database as it was: ${reason}`);
    }
  }
  return result;
}
