import { createLogger } from "../../src/operations/logger";
import { buildServiceSchema } from "../../src/graph/schema";
import { startServer, type RunningServer } from "../../src/http/server";
import { importFiles } from "../../src/import/import-files";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { SAMPLE_PAGES } from "../support/sample-pages";

describe("metrics and logs", () => {
  let test: TestDatabase;
  let server: RunningServer;
  const logs: string[] = [];

  beforeAll(async () => {
    test = await createTestDatabase();
    await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    server = await startServer(
      {
        database: test.db,
        schema: await buildServiceSchema(),
        logger: createLogger("debug", { write: (line: string) => void logs.push(line) }),
      },
      0,
    );
  });
  afterAll(async () => {
    await server.stop(0);
    await test.drop();
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

  it("takes a request id from x-request-id, or makes one, and returns it", async () => {
    expect((await post("{ regions { code } }", { "x-request-id": "client-42" })).headers.get("x-request-id")).toBe("client-42");
    expect((await post("{ regions { code } }")).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // A value that could not go into a log line as it is gets an id of the service's own.
    expect((await post("{ regions { code } }", { "x-request-id": "bad id\twith tab" })).headers.get("x-request-id")).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it("counts requests by operation and outcome, errors by code, SQL statements and loader batches, in Prometheus format", async () => {
    for (let index = 0; index < 3; index += 1) {
      expect((await post(`query Headline { projects(filter: { beneficiaryState: "CO" }) { nodes { code title } } }`)).status).toBe(200);
    }
    expect((await post(`query Country { memberState(code: "CO") { projects { nodes { code } } } }`)).status).toBe(200);
    expect((await post(`query Broken { project(code: "not a code") { code } }`)).status).toBe(200);
    const response = await fetch(new URL("/metrics", server.url));
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    const value = (series: string) =>
      Number(new RegExp(`^${series.replace(/[{}]/g, "\\$&")} (\\d+(\\.\\d+)?)$`, "m").exec(text)?.[1] ?? NaN);
    expect(value('iom_graphql_requests_total{operation="Headline",outcome="ok"}')).toBe(3);
    expect(value('iom_graphql_requests_total{operation="Broken",outcome="client_error"}')).toBe(1);
    expect(value('iom_graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(value('iom_graphql_request_duration_seconds_count{operation="Headline"}')).toBe(3);
    expect(value("iom_sql_statement_duration_seconds_count")).toBeGreaterThanOrEqual(4);
    expect(value("iom_loader_batch_size_count")).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^iom_process_resident_memory_bytes \d+/m);
    if (process.env.DATABASE_URL) expect(text).toMatch(/^iom_db_pool_connections\{state="total"\} \d+/m);
  });

  it("writes JSON lines and never the database URL", () => {
    expect(logs.length).toBeGreaterThan(0);
    for (const line of logs) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(logs.join("\n")).not.toMatch(/postgres(ql)?:\/\//);
  });
});
