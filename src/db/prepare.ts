import { MIGRATIONS_DIR } from "../paths";
import type { Database } from "./database";
import { latestAppliedMigration, MigrationError, migrate, newestMigration, type MigrationResult } from "./migrator";
import { syncReferenceData } from "./reference-data";
import { refreshNewsSearchDocuments, refreshProjectSearchDocuments } from "./search-documents";

// Databases that held pages before full-text search existed get their documents written once.
const SEARCH_MIGRATION = "0003_search";

/** What starting on a database did to it: migrations applied, or nothing at all on a read-only one. */
export interface Preparation extends MigrationResult {
  readOnly: boolean;
}

/**
 * Brings a database to the current schema and reference data; safe to run on every start. A
 * read-only database (a streaming replica, a read-only role) is written nothing: it must already
 * hold every migration this version needs, applied on its primary.
 */
export async function prepareDatabase(db: Database): Promise<Preparation> {
  if (await isReadOnly(db)) {
    await requireCurrentSchema(db);
    return { readOnly: true, applied: [], alreadyApplied: [] };
  }
  const result = await migrate(db.sql, MIGRATIONS_DIR);
  await syncReferenceData(db.prisma);
  if (result.applied.includes(SEARCH_MIGRATION)) {
    await refreshProjectSearchDocuments(db.prisma, null);
    await refreshNewsSearchDocuments(db.prisma, null);
  }
  return { readOnly: false, ...result };
}

async function isReadOnly(db: Database): Promise<boolean> {
  const [row] = await db.sql.query<{ readOnly: boolean }>(
    `SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on' AS "readOnly"`,
  );
  return row?.readOnly ?? false;
}

async function requireCurrentSchema(db: Database): Promise<void> {
  const needed = await newestMigration(MIGRATIONS_DIR);
  const newest = await latestAppliedMigration(db.sql);
  if (needed !== null && (newest === null || newest < needed)) {
    throw new MigrationError(
      `The database is read-only (a replica, or a read-only role) and has ${newest ? `migrations up to ${newest}` : "no migration applied"}; ` +
        `this version needs ${needed}. Run \`npm run db:migrate\` against the primary first.`,
    );
  }
}
