import path from "node:path";
import { Client } from "pg";
import { DEFAULT_POSTGRES_LIMITS } from "../../src/config";
import { openDatabase } from "../../src/db/database";
import { newestMigration } from "../../src/db/migrator";
import { prepareDatabase } from "../../src/db/prepare";
import { importFiles } from "../../src/import/import-files";
import { MIGRATIONS_DIR } from "../../src/paths";
import { runBuiltCommand, startBuiltService } from "../support/built-service";
import { SAMPLE_PAGES } from "../support/sample-pages";

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

/** A database made read-only for every new session, as a streaming replica is: `migrated` with the sample pages, or empty. */
async function readOnlyDatabase(admin: Client, migrated: boolean): Promise<string> {
  const name = `iom_read_only_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  if (migrated) {
    const db = await openDatabase({ kind: "postgres", url: url.toString(), ...DEFAULT_POSTGRES_LIMITS });
    await prepareDatabase(db);
    await importFiles(db.prisma, [SAMPLE_PAGES]);
    await db.close();
  }
  await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
  return url.toString();
}

onPostgres("a read-only database (a streaming replica)", () => {
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  const created: string[] = [];
  beforeAll(() => admin.connect());
  afterAll(async () => {
    for (const url of created) await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it("is served without writing anything when its schema is current, and refused by the importer", async () => {
    const url = await readOnlyDatabase(admin, true);
    created.push(url);
    const service = await startBuiltService({ DATABASE_URL: url });
    try {
      expect(service.output).toContain("read-only: its schema is current; nothing written");
      const response = await fetch(service.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ projects(filter: { beneficiaryState: "CO" }) { totalCount nodes { code } } }` }),
      });
      expect(await response.json()).toEqual({ data: { projects: { totalCount: 2, nodes: [{ code: "PO.0201" }, { code: "RT.1130" }] } } });
      expect((await fetch(new URL("/health/ready", service.url))).status).toBe(200);

      const imported = await runBuiltCommand(path.join("import", "cli.js"), [SAMPLE_PAGES], { DATABASE_URL: url });
      expect(imported.code).toBe(3);
      expect(imported.stderr).toContain(
        "DATABASE_URL names a read-only database (a replica, or a read-only role): import into the primary.",
      );
    } finally {
      await service.stop();
    }
  }, 60_000);

  it("refuses to start when the migrations this version needs were not applied on the primary", async () => {
    const url = await readOnlyDatabase(admin, false);
    created.push(url);
    const needed = await newestMigration(MIGRATIONS_DIR);
    const started = await runBuiltCommand("index.js", [], { DATABASE_URL: url });
    expect(started.code).toBe(1);
    expect(started.stderr).toContain(
      `The database is read-only (a replica, or a read-only role) and has no migration applied; this version needs ${needed}. ` +
        "Run `npm run db:migrate` against the primary first.",
    );
  }, 60_000);
});
