import { insertDataset, type Dataset } from "../../src/dataset/generated-dataset";
import { importFiles } from "../../src/import/import-files";
import { createLogger } from "../../src/operations/logger";
import { buildServiceSchema } from "../../src/graph/schema";
import { startServer, type RunningServer, type ServerDependencies } from "../../src/http/server";
import { provided } from "./lifecycle";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { SAMPLE_PAGES } from "./sample-pages";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data;
  errors?: Array<{ message: string; extensions?: { code?: string; argument?: string } }>;
}

export interface TestServer extends TestDatabase {
  server: RunningServer;
  /** Sends one GraphQL request over real HTTP. */
  request<Data = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Data>>;
  /** Statements the database received while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  /** The rows each statement returned while `work` ran, one entry a statement. */
  rowsPerStatement(work: () => Promise<unknown>): Promise<number[]>;
  stop(): Promise<void>;
}

/** How the front door of a test server is set up, where a test needs other than the defaults. */
export type FrontDoorOptions = Pick<
  ServerDependencies,
  "allowedOrigins" | "explorer" | "probePort" | "compression" | "requestTimeoutMs" | "maxConcurrentExecutions"
>;

/** A started server on a loopback port, over a fresh test database, optionally loaded with the sample pages. */
export async function startTestServer(options: { withSamples?: boolean } & FrontDoorOptions = {}): Promise<TestServer> {
  const test = await createTestDatabase();
  if (options.withSamples ?? true) await importFiles(test.db.prisma, [SAMPLE_PAGES]);
  const server = await startServer(
    {
      database: test.db,
      schema: await buildServiceSchema(),
      allowedOrigins: options.allowedOrigins,
      explorer: options.explorer,
      probePort: options.probePort,
      compression: options.compression,
      requestTimeoutMs: options.requestTimeoutMs,
      maxConcurrentExecutions: options.maxConcurrentExecutions,
      logger: createLogger("silent"),
    },
    0,
  );
  return {
    ...test,
    server,
    async request(query, variables, headers) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async countStatements(work) {
      const before = test.db.statements.total;
      await work();
      return test.db.statements.total - before;
    },
    async rowsPerStatement(work) {
      const before = test.db.statements.total;
      await work();
      return test.db.statements.rowsSince(before);
    },
    async stop() {
      await server.stop();
      await test.drop();
    },
  };
}

/**
 * A started server for a whole describe block: started before its first test (with the sample pages
 * and/or a generated dataset), stopped after its last. The returned object forwards to it.
 */
export function serverForSuite(options: { withSamples?: boolean; dataset?: Dataset } & FrontDoorOptions = {}): TestServer {
  return provided(
    "all",
    async () => {
      const server = await startTestServer(options);
      if (options.dataset) await insertDataset(server.db.prisma, options.dataset);
      return server;
    },
    (server) => server.stop(),
  );
}
