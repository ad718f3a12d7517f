import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import type { PrismaClient } from "@prisma/client";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { cachePolicyPlugin } from "./cache-policy";
import type { AllowedOrigins } from "./config";
import { createContext, type Context } from "./context";
import { answerPreflight, applyCorsHeaders, isPreflight, varyOn } from "./cors";
import { ReferenceCache } from "./db/reference-cache";
import { HttpError } from "./errors";
import { sendExplorerAsset, type ExplorerAssets } from "./explorer/explorer-assets";
import { asksForExplorer, EXPLORER_ASSETS_PATH, sendExplorerPage } from "./explorer/explorer-page";
import { KnownOperationTypesRule } from "./known-operation-types";
import { queryLimitsPlugin } from "./query-limits";
import { checkGraphQLRequest } from "./request-checks";

export const GRAPHQL_PATH = "/graphql";
/** Request bodies larger than this are refused before parsing; GraphQL requests are a few kilobytes. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface ServerDependencies {
  prisma: PrismaClient;
  schema: GraphQLSchema;
  /** The built explorer, served to browsers at /graphql; null or absent for none. */
  explorer?: ExplorerAssets | null;
  /** Browser origins that may read answers; any by default. */
  allowedOrigins?: AllowedOrigins;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

// Errors the client caused keep their message; anything unexpected is logged and reported without
// internals (no stack, no SQL), so nothing of the database leaks to a caller.
const CLIENT_ERROR_CODES = new Set(["BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "QUERY_TOO_COMPLEX", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]);

function formatError(log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) return formatted;
    const cause = unwrapResolverError(error);
    log(`Internal error at ${formatted.path?.join(".") ?? "request"}: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`);
    return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
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
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// Node's own answers to requests its HTTP parser refuses, with a coded body like every other error.
const UNPARSEABLE_REQUEST_ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: "REQUEST_HEADERS_TOO_LARGE", message: "Request line and headers are over 16 KiB: send long queries by POST" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "REQUEST_TIMEOUT", message: "The request took too long to arrive" },
};

function answerUnparseableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const { status, code, message } = UNPARSEABLE_REQUEST_ANSWERS[error.code ?? ""] ?? { status: 400, code: "BAD_REQUEST", message: "Malformed HTTP request" };
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Apollo Server on a plain Node HTTP server: /graphql for GraphQL (and the explorer for browsers), /health for probes. */
export async function startServer(deps: ServerDependencies, port: number, host = "127.0.0.1"): Promise<RunningServer> {
  const log = deps.log ?? ((message: string) => console.error(message));
  const httpServer = http.createServer();
  httpServer.on("clientError", answerUnparseableRequest);
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log),
    validationRules: [KnownOperationTypesRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
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
  const reference = await ReferenceCache.load(deps.prisma);

  httpServer.on("request", (request, response) => {
    void (async () => {
      const originAllowed = applyCorsHeaders(request, response, deps.allowedOrigins ?? "any");
      if (isPreflight(request)) {
        if (originAllowed) return answerPreflight(response);
        throw new HttpError(403, `Origin ${request.headers.origin ?? "(none)"} may not call this API from a browser`, "ORIGIN_NOT_ALLOWED");
      }
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname === "/health") {
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
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
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => createContext(deps.prisma, reference, request.headers["accept-language"]),
      });
      for (const [key, value] of result.headers) response.setHeader(key, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") return void response.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch((error: unknown) => {
      if (error instanceof HttpError) return sendJsonError(response, error.status, error.message, error.code);
      log(`HTTP handler failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) sendJsonError(response, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
      else response.end();
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    stop: () => apollo.stop(),
  };
}
