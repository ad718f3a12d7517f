import http from "node:http";
import type { AddressInfo } from "node:net";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { GraphQLSchema } from "graphql";
import { startApolloServer } from "../apollo/apollo-server";
import { DEFAULT_ANSWER_COMPRESSION, type AllowedOrigins, type AnswerCompression } from "../config";
import type { Database } from "../db/database";
import { newestMigration } from "../db/migrator";
import { ReferenceCache } from "../db/reference-cache";
import { sendExplorerAsset, type ExplorerAssets } from "../explorer/explorer-assets";
import { EXPLORER_ASSETS_PATH } from "../explorer/explorer-page";
import { createContext } from "../graph/context";
import { IMPORT_PATH } from "../import/service-import";
import { GracefulShutdown } from "../operations/graceful-shutdown";
import { createLogger, FailureSummary, type Logger } from "../operations/logger";
import { Metrics } from "../operations/metrics";
import { startProbePort } from "../operations/probe-port";
import { answerProbe, PROBE_PATHS, Probes } from "../operations/probes";
import { MIGRATIONS_DIR } from "../paths";
import { ExecutionSlots } from "./execution-slots";
import { graphqlHandler } from "./graphql-handler";
import { EXPORT_PATH, exportHandler } from "./export-route";
import { answerUnparseableRequest, sendJsonError } from "./http-error";
import { ImportRoute } from "./import-route";
import { createRouter, type Route } from "./router";

export const GRAPHQL_PATH = "/graphql";
export { MAX_BODY_BYTES } from "./request-body";

export interface ServerDependencies {
  database: Database;
  schema: GraphQLSchema;
  /** The built explorer, served to browsers at /graphql; null or absent for none. */
  explorer?: ExplorerAssets | null;
  /** Browser origins that may read answers; any by default. */
  allowedOrigins?: AllowedOrigins;
  /** Compression of GraphQL answers and exports; on from 1 KiB when absent. */
  compression?: AnswerCompression;
  /** How long a request may run before it is answered with REQUEST_TIMEOUT. */
  requestTimeoutMs?: number;
  /** GraphQL executions run at once; more wait their turn (see ExecutionSlots). */
  maxConcurrentExecutions?: number;
  /** A port of its own for /health/live and /health/ready, answered by a thread of its own; none when absent. */
  probePort?: number | null;
  /** Apollo's cache (persisted queries), shared by instances when it is Redis; in memory when absent. */
  cache?: KeyValueCache;
  /** Take imports from `npm run import` on this machine (for the embedded database, which one process holds). */
  acceptImports?: boolean;
  /** The statement limit the database enforces, named in timeout errors. */
  statementTimeoutMs?: number | null;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  /** The probe port's base URL, when one was asked for. */
  probeUrl: string | null;
  metrics: Metrics;
  /** Stops taking connections, answers every request already sent within `graceMs`, then stops. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Apollo Server on a plain Node HTTP server: /graphql for GraphQL (and the explorer for browsers),
 * /export/ for files of whole lists, /health/live and /health/ready for probes, /metrics for Prometheus. Wiring only: what each path
 * does is its handler's (src/http, src/operations).
 */
export async function startServer(deps: ServerDependencies, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger("info");
  const failures = new FailureSummary(logger);
  const { database } = deps;
  const metrics = new Metrics(() => database.poolUse());
  database.statements.observe((seconds) => metrics.recordStatement(seconds));
  const probes = new Probes((timeoutMs) => database.latestMigration(timeoutMs), await newestMigration(MIGRATIONS_DIR));
  const httpServer = http.createServer();
  const shutdown = new GracefulShutdown(httpServer);
  httpServer.on("clientError", answerUnparseableRequest);
  const apollo = await startApolloServer({
    schema: deps.schema,
    cache: deps.cache,
    statementTimeoutMs: deps.statementTimeoutMs ?? null,
    metrics,
    logger,
    failures,
  });
  const reference = await ReferenceCache.load(database.prisma);
  const imports = deps.acceptImports ? new ImportRoute(database.prisma, reference) : null;
  const explorer = deps.explorer ?? null;
  // Exports take the same slots as GraphQL executions, a batch at a time, and the same deadline.
  const executions = new ExecutionSlots(deps.maxConcurrentExecutions ?? 8);
  const requestTimeoutMs = deps.requestTimeoutMs ?? 10_000;
  const compression = deps.compression ?? DEFAULT_ANSWER_COMPRESSION;

  const routes: Route[] = [
    ...PROBE_PATHS.map((path): Route => ({
      path,
      handle: (_request, response) => {
        if (shutdown.isStopping) probes.markStopping();
        answerProbe(path, probes, response);
      },
    })),
    {
      path: "/metrics",
      handle: async (_request, response) => {
        response.writeHead(200, { "content-type": metrics.registry.contentType }).end(await metrics.registry.metrics());
      },
    },
    {
      path: GRAPHQL_PATH,
      handle: graphqlHandler({
        apollo,
        executions,
        requestTimeoutMs,
        explorer,
        compression,
        contextFor: (request, requestId) =>
          createContext({
            read: database.read,
            reference,
            acceptLanguage: request.headers["accept-language"],
            requestId,
            onBatch: (size) => metrics.recordBatch(size),
          }),
      }),
    },
    {
      path: EXPORT_PATH,
      handle: exportHandler({
        read: database.read,
        reference,
        schema: deps.schema,
        executions,
        requestTimeoutMs,
        compression,
        metrics,
        logger,
      }),
    },
  ];
  if (imports) routes.push({ path: IMPORT_PATH, handle: (request, response) => imports.answer(request, response) });
  if (explorer) {
    routes.push({
      path: EXPLORER_ASSETS_PATH,
      handle: (request, response, { url }) =>
        sendExplorerAsset(request, response, explorer, url.pathname.slice(EXPLORER_ASSETS_PATH.length)),
    });
  }
  httpServer.on(
    "request",
    createRouter({
      routes,
      notFound: (_request, response) => sendJsonError(response, 404, `Not found: GraphQL is served at ${GRAPHQL_PATH}`),
      allowedOrigins: deps.allowedOrigins ?? "any",
      logger,
      failures,
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  const probePort = deps.probePort === undefined || deps.probePort === null ? null : await startProbePort(probes, deps.probePort, host);
  return {
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    probeUrl: probePort?.url ?? null,
    metrics,
    async stop(graceMs = 10_000) {
      probes.markStopping();
      await probePort?.refresh();
      await shutdown.stop(graceMs);
      await apollo.stop();
      await probePort?.stop();
      failures.close();
    },
  };
}
