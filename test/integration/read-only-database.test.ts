import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import { DEFAULT_POSTGRES_LIMITS } from "../../src/config";
import { openDatabase } from "../../src/db/database";
import { newestMigration } from "../../src/db/migrator";
import { prepareDatabase } from "../../src/db/prepare";
import { importFiles } from "../../src/import/import-files";
import { MIGRATIONS_DIR } from "../../src/paths";
import { SAMPLE_PAGES } from "../support/test-server";

const ROOT = path.join(__dirname, "..", "..");
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

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

const run = (script: string, args: string[], databaseUrl: string) =>
  new Promise<Outcome>((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "dist", "src", script), ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0" } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

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
    const service = spawn(process.execPath, [path.join(ROOT, "dist", "src", "index.js")], {
      env: { ...process.env, DATABASE_URL: url, PORT: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let output = "";
      const serviceUrl = await new Promise<string>((resolve, reject) => {
        service.on("exit", (code) => reject(new Error(`the service exited (${code}): ${output}`)));
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /"url":"([^"]+)"/.exec(output);
          if (ready) resolve(ready[1]!);
        };
        service.stdout.on("data", read);
        service.stderr.on("data", read);
      });
      expect(output).toContain("read-only: its schema is current; nothing written");
      const response = await fetch(serviceUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ projects(filter: { beneficiaryState: "CO" }) { totalCount nodes { code } } }` }),
      });
      expect(await response.json()).toEqual({ data: { projects: { totalCount: 2, nodes: [{ code: "PO.0201" }, { code: "RT.1130" }] } } });
      expect((await fetch(new URL("/health/ready", serviceUrl))).status).toBe(200);

      const imported = await run(path.join("import", "cli.js"), [SAMPLE_PAGES], url);
      expect(imported.code).toBe(3);
      expect(imported.stderr).toContain(
        "DATABASE_URL names a read-only database (a replica, or a read-only role): import into the primary.",
      );
    } finally {
      service.kill("SIGTERM");
      await new Promise((resolve) => service.on("exit", resolve));
    }
  }, 60_000);

  it("refuses to start when the migrations this version needs were not applied on the primary", async () => {
    const url = await readOnlyDatabase(admin, false);
    created.push(url);
    const needed = await newestMigration(MIGRATIONS_DIR);
    const started = await run("index.js", [], url);
    expect(started.code).toBe(1);
    expect(started.stderr).toContain(
      `The database is read-only (a replica, or a read-only role) and has no migration applied; this version needs ${needed}. ` +
        "Run `npm run db:migrate` against the primary first.",
    );
  }, 60_000);
});
