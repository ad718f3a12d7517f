import { Client } from "pg";
import { openDatabase, type Database } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";
import { importFiles } from "../../src/import/import-files";
import { createLogger } from "../../src/operations/logger";
import { buildServiceSchema } from "../../src/graph/schema";
import { startServer, type RunningServer } from "../../src/http/server";
import { canRunThrowawayPostgres, ThrowawayPostgres } from "../support/throwaway-postgres";
import { SAMPLE_PAGES } from "../support/sample-pages";

const LIMITS = { poolSize: 4, connectTimeoutMs: 500, statementTimeoutMs: 1_000 };
const QUERY = `{ projects(filter: { beneficiaryState: "CO" }) { totalCount nodes { code title region { name } } } }`;

const withCluster = canRunThrowawayPostgres ? describe : describe.skip;

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
  message?: string;
  seconds: number;
}

withCluster("when PostgreSQL fails: what clients, probes and logs see (a cluster of the test's own)", () => {
  let cluster: ThrowawayPostgres;
  let db: Database;
  let server: RunningServer;
  const logLines: Array<Record<string, unknown>> = [];

  const ask = async (query = QUERY): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "outage-test" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "none"),
      message: body.errors?.[0]?.message,
      seconds: (performance.now() - started) / 1000,
    };
  };
  const probe = async (path: string) => {
    const started = performance.now();
    const response = await fetch(new URL(path, server.url));
    return { status: response.status, body: (await response.json()) as { status: string }, seconds: (performance.now() - started) / 1000 };
  };
  const waitUntil = async (condition: () => Promise<boolean>, timeoutMs: number) => {
    const started = performance.now();
    while (!(await condition())) {
      if (performance.now() - started > timeoutMs) throw new Error(`not recovered within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return (performance.now() - started) / 1000;
  };

  beforeAll(async () => {
    cluster = await ThrowawayPostgres.create();
    const admin = new Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE iom");
    await admin.end();
    db = await openDatabase({ kind: "postgres", url: cluster.url("iom"), ...LIMITS });
    await prepareDatabase(db);
    await importFiles(db.prisma, [SAMPLE_PAGES]);
    const logger = createLogger("info", { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) });
    server = await startServer(
      { database: db, schema: await buildServiceSchema(), logger, requestTimeoutMs: 3_000, statementTimeoutMs: LIMITS.statementTimeoutMs },
      0,
    );
  }, 60_000);

  afterAll(async () => {
    await server?.stop(0);
    await db?.close();
    cluster?.destroy();
  });

  it("answers 503 DATABASE_UNAVAILABLE with Retry-After while the server is down, says so on /health/ready, logs one line, and recovers", async () => {
    expect((await ask()).status).toBe(200);
    cluster.stop("immediate");
    logLines.length = 0;
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask()));
    for (const answer of answers) expect(answer).toMatchObject({ status: 503, retryAfter: "5", codes: ["DATABASE_UNAVAILABLE"] });
    const ready = await probe("/health/ready");
    expect(ready).toMatchObject({ status: 503, body: { status: "database unavailable" } });
    expect(ready.seconds).toBeLessThan(1.5);
    expect((await probe("/health/live")).status).toBe(200);
    // Twenty failures, one log line (the others are counted for the summary), with the request id.
    const failures = logLines.filter((line) => line.level === 50);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ requestId: "outage-test", kind: "database unavailable" });
    expect(JSON.stringify(failures[0])).not.toMatch(/\n\s+at /);

    cluster.start();
    const recovery = await waitUntil(async () => (await ask()).status === 200, 20_000);
    const readyAgain = await waitUntil(async () => (await probe("/health/ready")).status === 200, 5_000);
    console.log(
      `Server stopped (immediate): ${answers.length} requests got 503 DATABASE_UNAVAILABLE in at most ${Math.max(...answers.map((a) => a.seconds)).toFixed(2)} s; ` +
        `readiness said so in ${ready.seconds.toFixed(3)} s; after the restart, answers again in ${recovery.toFixed(2)} s and ready again in ${readyAgain.toFixed(2)} s`,
    );
  }, 60_000);

  it("answers a frozen database within its limits instead of hanging, and recovers when it thaws", async () => {
    expect((await ask()).status).toBe(200);
    cluster.freeze();
    try {
      const answer = await ask();
      expect(answer.status).toBe(503);
      expect(answer.codes[0]).toMatch(/^(DATABASE_UNAVAILABLE|DATABASE_TIMEOUT|REQUEST_TIMEOUT)$/);
      expect(answer.seconds).toBeLessThan(3.5);
      const ready = await probe("/health/ready");
      expect(ready.status).toBe(503);
      expect(ready.seconds).toBeLessThan(1.5);
      console.log(
        `Database frozen: the client got ${answer.status} ${answer.codes.join(",")} after ${answer.seconds.toFixed(2)} s; readiness 503 in ${ready.seconds.toFixed(3)} s`,
      );
    } finally {
      cluster.thaw();
    }
    const recovery = await waitUntil(async () => (await ask()).status === 200, 20_000);
    console.log(`Database thawed: answers again after ${recovery.toFixed(2)} s`);
  }, 60_000);

  it("names the statement limit when a statement runs past it", async () => {
    const blocker = new Client({ connectionString: cluster.url("iom") });
    await blocker.connect();
    try {
      await blocker.query(`BEGIN; LOCK TABLE "Project" IN ACCESS EXCLUSIVE MODE`);
      const answer = await ask(`{ project(code: "PO.0201") { code } }`);
      expect(answer).toMatchObject({ status: 503, retryAfter: "5", codes: ["DATABASE_TIMEOUT"] });
      expect(answer.message).toBe("The database did not answer within the statement time limit of 1000 ms (DB_STATEMENT_TIMEOUT_MS)");
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    expect((await ask()).status).toBe(200);
  }, 30_000);
});
