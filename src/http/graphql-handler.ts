import type http from "node:http";
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import type { AnswerCompression } from "../config";
import type { ExplorerAssets } from "../explorer/explorer-assets";
import { asksForExplorer, sendExplorerPage } from "../explorer/explorer-page";
import type { Context } from "../graph/context";
import { compressedStream, sendCompressible } from "./compression";
import { varyOn } from "./cors";
import type { ExecutionSlots } from "./execution-slots";
import { HttpError } from "./http-error";
import { readJsonBody } from "./request-body";
import { checkGraphQLRequest } from "./request-checks";
import type { RouteHandler } from "./router";

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<Context>;
  /** The per-request context, made when Apollo asks for it. */
  contextFor(request: http.IncomingMessage, requestId: string): Context;
  executions: ExecutionSlots;
  /** How long a request may run before it is answered with REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  /** The built explorer, served to browsers asking the endpoint for a page; null for none. */
  explorer: ExplorerAssets | null;
  compression: AnswerCompression;
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

/** Node's request as Apollo's: headers joined, the body parsed for POST. */
async function httpGraphQLRequestOf(request: http.IncomingMessage, url: URL): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return {
    method: (request.method ?? "GET").toUpperCase(),
    headers,
    search: url.search,
    body: request.method === "POST" ? await readJsonBody(request) : undefined,
  };
}

/**
 * GraphQL over HTTP: the explorer's page for browsers, else the request checked, run by Apollo in
 * one of the execution slots, within the deadline, and its answer written out.
 */
export function graphqlHandler(options: GraphQLHandlerOptions): RouteHandler {
  return async (request, response, { url, requestId }) => {
    // Answers here depend on Accept: the explorer's page or JSON, and which JSON media type.
    varyOn(response, "Accept");
    if (options.explorer && asksForExplorer(request, url)) return sendExplorerPage(response);
    const httpGraphQLRequest = await httpGraphQLRequestOf(request, url);
    checkGraphQLRequest(httpGraphQLRequest);
    const execution = options.executions.run(() =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => options.contextFor(request, requestId),
      }),
    );
    const result = await withDeadline(execution, options.requestTimeoutMs);
    for (const [key, value] of result.headers) {
      // Apollo's Vary (Accept-Language) joins the fields already set here (Accept, Origin) rather than replacing them.
      if (key === "vary") value.split(",").forEach((field) => varyOn(response, field.trim()));
      else response.setHeader(key, value);
    }
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") return sendCompressible(request, response, result.body.string, options.compression);
    // Parts of an incremental answer are read as they come: each is flushed through the encoder.
    const body = compressedStream(request, response, { compression: options.compression, flushEachWrite: true });
    for await (const chunk of result.body.asyncIterator) body.write(chunk);
    body.end();
  };
}
