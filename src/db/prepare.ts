import { MIGRATIONS_DIR } from "../paths";
import type { Database } from "./database";
import { migrate, type MigrationResult } from "./migrator";
import { syncReferenceData } from "./reference-data";
import { refreshNewsSearchDocuments, refreshProjectSearchDocuments } from "./search-documents";

// Databases that held pages before full-text search existed get their documents written once.
const SEARCH_MIGRATION = "0003_search";

/** Brings a database to the current schema and reference data; safe to run on every start. */
export async function prepareDatabase(db: Database): Promise<MigrationResult> {
  const result = await migrate(db.sql, MIGRATIONS_DIR);
  await syncReferenceData(db.prisma);
  if (result.applied.includes(SEARCH_MIGRATION)) {
    await refreshProjectSearchDocuments(db.prisma, null);
    await refreshNewsSearchDocuments(db.prisma, null);
  }
  return result;
}
