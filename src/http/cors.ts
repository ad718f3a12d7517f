import type http from "node:http";
import type { AllowedOrigins } from "../config";

/** Queries come by GET or POST; OPTIONS is the browsers' preflight. */
export const ALLOWED_METHODS = ["GET", "POST", "OPTIONS"] as const;

// What browser clients of a public read API send: JSON bodies, Apollo's CSRF and operation-name
// headers, client identification, the language choice. No Authorization: there is nothing to log in to.
export const ALLOWED_HEADERS = [
  "content-type",
  "accept",
  "accept-language",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
] as const;

/** Seconds a browser may reuse a preflight answer: two hours, the most Chromium honours. */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** Adds a field to the response's Vary header, keeping those already there. */
export function varyOn(response: http.ServerResponse, field: string): void {
  const current = response.getHeader("vary");
  const fields = current === undefined ? [] : String(current).split(/\s*,\s*/);
  if (!fields.includes(field)) response.setHeader("vary", [...fields, field].join(", "));
}

/**
 * Sets the CORS headers every answer carries and tells whether the request's origin may read it.
 * Any origin gets `*` (never with credentials); a list echoes the origin when listed, and the answer
 * then depends on the origin, which `Vary: Origin` tells caches.
 */
export function applyCorsHeaders(request: http.IncomingMessage, response: http.ServerResponse, allowed: AllowedOrigins): boolean {
  if (allowed === "any") {
    response.setHeader("access-control-allow-origin", "*");
    return true;
  }
  varyOn(response, "Origin");
  const origin = request.headers.origin;
  if (origin === undefined || !allowed.includes(origin)) return false;
  response.setHeader("access-control-allow-origin", origin);
  return true;
}

/** A browser asking whether it may send a request (as opposed to a plain OPTIONS request). */
export function isPreflight(request: http.IncomingMessage): boolean {
  return request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;
}

/** Answers a preflight from an allowed origin: 204 and what may be sent, for how long. */
export function answerPreflight(response: http.ServerResponse): void {
  response.writeHead(204, {
    "access-control-allow-methods": ALLOWED_METHODS.join(", "),
    "access-control-allow-headers": ALLOWED_HEADERS.join(", "),
    "access-control-max-age": String(PREFLIGHT_MAX_AGE_SECONDS),
  });
  response.end();
}
