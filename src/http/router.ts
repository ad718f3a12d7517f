import type http from "node:http";
import { randomUUID } from "node:crypto";
import type { AllowedOrigins } from "../config";
import type { FailureSummary, Logger } from "../operations/logger";
import { answerPreflight, applyCorsHeaders, isPreflight } from "./cors";
import { HttpError, sendJsonError } from "./http-error";

/** What a handler knows of its request beside Node's objects. */
export interface RequestInfo {
  url: URL;
  /** The request's id: the client's x-request-id when it is plain, else a new one; sent back and logged. */
  requestId: string;
}

export type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse, info: RequestInfo) => Promise<void> | void;

/** A path and its handler: a path ending with "/" takes every path under it. */
export interface Route {
  path: string;
  handle: RouteHandler;
}

export interface RouterOptions {
  routes: readonly Route[];
  /** Answers paths no route takes. */
  notFound: RouteHandler;
  allowedOrigins: AllowedOrigins;
  logger: Logger;
  failures: FailureSummary;
}

/** An x-request-id a client may set: short and plain, so that it can go into logs as it is. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

const matches = (route: Route, pathname: string) => (route.path.endsWith("/") ? pathname.startsWith(route.path) : pathname === route.path);

/**
 * The server's request listener: every answer gets its request id and CORS headers, preflights are
 * answered here, other requests go to the route of their path; an error a handler throws becomes a
 * coded JSON answer (an HttpError with its status, anything else a 500 that says nothing more).
 */
export function createRouter(options: RouterOptions): (request: http.IncomingMessage, response: http.ServerResponse) => void {
  const route = async (request: http.IncomingMessage, response: http.ServerResponse, requestId: string) => {
    const originAllowed = applyCorsHeaders(request, response, options.allowedOrigins);
    if (isPreflight(request)) {
      if (originAllowed) return answerPreflight(response);
      throw new HttpError(403, `Origin ${request.headers.origin ?? "(none)"} may not call this API from a browser`, "ORIGIN_NOT_ALLOWED");
    }
    const url = new URL(request.url ?? "/", "http://localhost");
    const handler = options.routes.find((candidate) => matches(candidate, url.pathname))?.handle ?? options.notFound;
    await handler(request, response, { url, requestId });
  };
  return (request, response) => {
    const requestId = requestIdOf(request);
    response.setHeader("x-request-id", requestId);
    route(request, response, requestId).catch((error: unknown) => {
      if (response.headersSent) return void response.end();
      if (error instanceof HttpError) {
        if (error.status >= 500) options.failures.record(error.code, { requestId }, error.message);
        return sendJsonError(response, error.status, error.message, error.code, error.details);
      }
      options.logger.error({ requestId, err: error }, "HTTP handler failed");
      sendJsonError(response, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
    });
  };
}
