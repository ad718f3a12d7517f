import { MIGRATIONS_DIR } from "../paths";
import type { Database } from "./database";
import { migrate, type MigrationResult } from "./migrator";
import { syncReferenceData } from "./reference-data";

/** Brings a database to the current schema and reference data; safe to run on every start. */
export async function prepareDatabase(db: Database): Promise<MigrationResult> {
  const result = await migrate(db.sql, MIGRATIONS_DIR);
  await syncReferenceData(db.prisma);
  return result;
}
