import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { GraphQLSchema } from "graphql";
import { randomUUID } from "node:crypto";
import { cachePolicyPlugin } from "../apollo/cache-policy";
import type { AllowedOrigins } from "../config";
import { createContext, type Context } from "../graph/context";
import { answerPreflight, applyCorsHeaders, isPreflight, varyOn } from "./cors";
import type { Database } from "../db/database";
import { newestMigration } from "../db/migrator";
import { ReferenceCache } from "../db/reference-cache";
import { HttpError } from "../graph/shared/errors";
import { sendExplorerAsset, type ExplorerAssets } from "../explorer/explorer-assets";
import { asksForExplorer, EXPLORER_ASSETS_PATH, sendExplorerPage } from "../explorer/explorer-page";
import { ExecutionSlots } from "./execution-slots";
import { GracefulShutdown } from "../operations/graceful-shutdown";
import { ImportRoute, IMPORT_PATH } from "./import-route";
import { KnownOperationTypesRule } from "../apollo/known-operation-types";
import { createLogger, FailureSummary, type Logger } from "../operations/logger";
import { Metrics } from "../operations/metrics";
import { MIGRATIONS_DIR } from "../paths";
import { startProbePort } from "../operations/probe-port";
import { answerProbe, Probes } from "../operations/probes";
import { queryLimitsPlugin } from "../apollo/query-limits";
import { checkGraphQLRequest } from "./request-checks";
import { formatErrorForClients, requestOutcomePlugin, RETRY_AFTER_SECONDS } from "../apollo/request-outcome";

export const GRAPHQL_PATH = "/graphql";
/** Request bodies larger than this are refused before parsing; GraphQL requests are a few kilobytes. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface ServerDependencies {
  database: Database;
  schema: GraphQLSchema;
  /** The built explorer, served to browsers at /graphql; null or absent for none. */
  explorer?: ExplorerAssets | null;
  /** Browser origins that may read answers; any by default. */
  allowedOrigins?: AllowedOrigins;
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

/** An x-request-id a client may set: short and plain, so that it can go into logs as it is. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The request's answer, or a REQUEST_TIMEOUT error once the deadline has passed (the work is left to finish unseen). */
function withDeadline<Value>(work: Promise<Value>, timeoutMs: number): Promise<Value> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new HttpError(
            503,
            `The request did not finish within the ${timeoutMs} ms limit (REQUEST_TIMEOUT_MS); retry later`,
            "REQUEST_TIMEOUT",
          ),
        ),
      timeoutMs,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `Request body is ${declared} bytes; the limit is ${MAX_BODY_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is over the limit of ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("application/json")) return Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Request body is not valid JSON");
  }
}

function sendJsonError(response: http.ServerResponse, status: number, message: string, code = "BAD_REQUEST"): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    ...(status === 503 ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {}),
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// Node's own answers to requests its HTTP parser refuses, with a coded body like every other error.
const UNPARSEABLE_REQUEST_ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: "REQUEST_HEADERS_TOO_LARGE",
    message: "Request line and headers are over 16 KiB: send long queries by POST",
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "REQUEST_TIMEOUT", message: "The request took too long to arrive" },
};

function answerUnparseableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const { status, code, message } = UNPARSEABLE_REQUEST_ANSWERS[error.code ?? ""] ?? {
    status: 400,
    code: "BAD_REQUEST",
    message: "Malformed HTTP request",
  };
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Apollo Server on a plain Node HTTP server: /graphql for GraphQL (and the explorer for browsers),
 * /health/live and /health/ready for probes, /metrics for Prometheus.
 */
export async function startServer(deps: ServerDependencies, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger("info");
  const failures = new FailureSummary(logger);
  const { database } = deps;
  const metrics = new Metrics(() => database.poolUse());
  database.statements.observe((seconds) => metrics.recordStatement(seconds));
  const probes = new Probes((timeoutMs) => database.latestMigration(timeoutMs), await newestMigration(MIGRATIONS_DIR));
  const requestTimeoutMs = deps.requestTimeoutMs ?? 10_000;
  const executions = new ExecutionSlots(deps.maxConcurrentExecutions ?? 8);
  const httpServer = http.createServer();
  const shutdown = new GracefulShutdown(httpServer);
  httpServer.on("clientError", answerUnparseableRequest);
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    ...(deps.cache ? { cache: deps.cache } : {}),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Apollo would stop itself on SIGTERM and then kill the process, dropping requests in flight:
    // stopping is the service's own (RunningServer.stop, called by src/index.ts).
    stopOnTerminationSignals: false,
    formatError: formatErrorForClients(deps.statementTimeoutMs ?? null),
    validationRules: [KnownOperationTypesRule],
    plugins: [
      requestOutcomePlugin(metrics, logger, failures),
      // Federation gateways ask subgraphs for traces; declared here so that it is a choice, not a surprise.
      ApolloServerPluginInlineTrace(),
      queryLimitsPlugin(deps.schema),
      // Cache-Control is computed per document (cache-policy.ts), not per resolved field.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(deps.schema),
      // Browsers get the explorer instead, served below from this service rather than from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const reference = await ReferenceCache.load(database.prisma);
  const imports = deps.acceptImports ? new ImportRoute(database.prisma, reference) : null;

  httpServer.on("request", (request, response) => {
    const requestId = requestIdOf(request);
    response.setHeader("x-request-id", requestId);
    void (async () => {
      const originAllowed = applyCorsHeaders(request, response, deps.allowedOrigins ?? "any");
      if (isPreflight(request)) {
        if (originAllowed) return answerPreflight(response);
        throw new HttpError(403, `Origin ${request.headers.origin ?? "(none)"} may not call this API from a browser`, "ORIGIN_NOT_ALLOWED");
      }
      const url = new URL(request.url ?? "/", "http://localhost");
      if (shutdown.isStopping) probes.markStopping();
      if (answerProbe(url.pathname, probes, response)) return;
      if (imports && url.pathname === IMPORT_PATH) return imports.answer(request, response, await readJsonBody(request));
      if (url.pathname === "/metrics") {
        response.writeHead(200, { "content-type": metrics.registry.contentType }).end(await metrics.registry.metrics());
        return;
      }
      if (deps.explorer && url.pathname.startsWith(EXPLORER_ASSETS_PATH)) {
        return sendExplorerAsset(request, response, deps.explorer, url.pathname.slice(EXPLORER_ASSETS_PATH.length));
      }
      if (url.pathname !== GRAPHQL_PATH) return sendJsonError(response, 404, `Not found: GraphQL is served at ${GRAPHQL_PATH}`);
      // Answers here depend on Accept: the explorer's page or JSON, and which JSON media type.
      varyOn(response, "Accept");
      if (deps.explorer && asksForExplorer(request, url)) return sendExplorerPage(response);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: (request.method ?? "GET").toUpperCase(),
        headers,
        search: url.search,
        body: request.method === "POST" ? await readJsonBody(request) : undefined,
      };
      checkGraphQLRequest(httpGraphQLRequest);
      const execution = executions.run(() =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: async () =>
            createContext({
              prisma: database.prisma,
              reference,
              acceptLanguage: request.headers["accept-language"],
              requestId,
              onBatch: (size) => metrics.recordBatch(size),
            }),
        }),
      );
      const result = await withDeadline(execution, requestTimeoutMs);
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") return void response.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch((error: unknown) => {
      if (response.headersSent) return void response.end();
      if (error instanceof HttpError) {
        if (error.status >= 500) failures.record(error.code, { requestId }, error.message);
        return sendJsonError(response, error.status, error.message, error.code);
      }
      logger.error({ requestId, err: error }, "HTTP handler failed");
      sendJsonError(response, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
    });
  });

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
