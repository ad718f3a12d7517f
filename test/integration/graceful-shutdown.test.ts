import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { DEFAULT_POSTGRES_LIMITS } from "../../src/config";
import { openDatabase } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";
import { importFiles } from "../../src/import/import-files";
import { startBuiltService } from "../support/built-service";
import { SAMPLE_PAGES } from "../support/sample-pages";

const QUERY = JSON.stringify({
  query: `{ projects(filter: { beneficiaryState: "CO" }) { totalCount nodes { code title region { name } beneficiaryStates { code name } relatedNews { title } } } }`,
});

/** The database the started service uses: a throwaway one on the PostgreSQL server when DATABASE_URL is set, else an embedded one. */
async function serviceDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-shutdown-"));
    return { env: { PGLITE_DATA_DIR: path.join(dir, "pglite") }, drop: () => fs.rm(dir, { recursive: true, force: true }) };
  }
  const name = `iom_shutdown_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString(), ...DEFAULT_POSTGRES_LIMITS });
  await prepareDatabase(db);
  await importFiles(db.prisma, [SAMPLE_PAGES]);
  await db.close();
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** One POST on a connection of its own. */
function post(url: URL): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    request.end(QUERY);
  });
}

describe("stopping the service", () => {
  it("answers all of 50 requests in flight when SIGTERM arrives, then exits 0 and takes no more", async () => {
    const database = await serviceDatabase();
    try {
      const { child, url, exit } = await startBuiltService({ NODE_ENV: "production", SHUTDOWN_GRACE_MS: "10000", ...database.env });
      expect((await post(url)) as { status: number }).toMatchObject({ status: 200 });
      const inFlight = Array.from({ length: 50 }, () => post(url));
      await new Promise((resolve) => setTimeout(resolve, 5));
      child.kill("SIGTERM");
      const answers = await Promise.all(inFlight);
      const complete = answers.filter((answer) => "status" in answer && answer.status === 200 && answer.body.includes('"code":"PO.0201"'));
      expect({ complete: complete.length, failed: answers.filter((answer) => !complete.includes(answer)) }).toEqual({
        complete: 50,
        failed: [],
      });
      expect(await exit).toBe(0);
      expect(await post(url)).toEqual({ error: "ECONNREFUSED" });
      console.log(
        `SIGTERM with 50 requests in flight (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}): ${complete.length} answered 200, exit code 0`,
      );
    } finally {
      await database.drop();
    }
  }, 60_000);
});
