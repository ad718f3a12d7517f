import type { HTTPGraphQLRequest } from "@apollo/server";
import { HttpError } from "./errors";
import { QUERY_LIMITS } from "./query-limits";

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The query text of a request, from a POST body or the GET parameters; anything else is Apollo's to refuse. */
function queryOf(request: HTTPGraphQLRequest): unknown {
  if (request.method === "GET") return new URLSearchParams(request.search).get("query");
  return isObject(request.body) ? request.body.query : undefined;
}

/**
 * Refuses, with a code, what must be refused before Apollo parses anything. A plugin cannot: Apollo
 * answers an error thrown before parsing as an internal one. Checked here:
 * - a query text over the length limit (validation time grows faster than the text).
 */
export function checkGraphQLRequest(request: HTTPGraphQLRequest): void {
  const query = queryOf(request);
  if (typeof query === "string" && query.length > QUERY_LIMITS.maxQueryLength) {
    throw new HttpError(400, `Query is ${query.length} characters long; the limit is ${QUERY_LIMITS.maxQueryLength}`, "QUERY_TOO_COMPLEX");
  }
}
