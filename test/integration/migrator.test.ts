import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrate, MigrationError } from "../../src/db/migrator";
import { MIGRATIONS_DIR } from "../../src/paths";
import { databasePerTest } from "../support/test-database";

async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-migrations-"));
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await fs.mkdir(path.join(dir, name));
    await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the migrator", () => {
  const test = databasePerTest();

  it("applies nothing the second time, and records migrations as Prisma does (sha256 checksum)", async () => {
    const names = (await fs.readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(names[0]).toBe("0001_init");
    const again = await migrate(test.db.sql, MIGRATIONS_DIR);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(names);
    const rows = await test.db.sql.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      names.map(async (name) => ({
        migration_name: name,
        checksum: createHash("sha256")
          .update(await fs.readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")))
          .digest("hex"),
        applied_steps_count: 1,
      })),
    );
    expect(rows).toEqual(expected);
  });

  it("rolls a failing migration back whole and names it", async () => {
    const dir = await migrationsWith({ "0002_broken": `CREATE TABLE "Half" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;` });
    await expect(migrate(test.db.sql, dir)).rejects.toThrow(
      /Migration 0002_broken failed and was rolled back, leaving the database as it was: .*NoSuchTable/,
    );
    const tables = await test.db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toEqual([]);
    const recorded = await test.db.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '0002_broken'`);
    expect(recorded).toEqual([]);
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = await migrationsWith({});
    await fs.appendFile(path.join(dir, "0001_init", "migration.sql"), "\n-- edited\n");
    await expect(migrate(test.db.sql, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(test.db.sql, dir)).rejects.toThrow(/0001_init was modified after it was applied/);
  });
});
