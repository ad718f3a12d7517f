import { createHash } from "node:crypto";
import type { HTTPGraphQLRequest } from "@apollo/server";
import { HttpError } from "./http-error";
import { QUERY_LIMITS } from "../apollo/query-limits";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parsedOrUndefined(json: string | null): unknown {
  try {
    return json === null ? undefined : JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The query text and extensions of a request, from a POST body or the GET parameters; malformed ones are Apollo's to refuse. */
function fieldsOf(request: HTTPGraphQLRequest): { query: unknown; extensions: unknown } {
  if (request.method === "GET") {
    const parameters = new URLSearchParams(request.search);
    return { query: parameters.get("query"), extensions: parsedOrUndefined(parameters.get("extensions")) };
  }
  return isObject(request.body)
    ? { query: request.body.query, extensions: request.body.extensions }
    : { query: undefined, extensions: undefined };
}

/** The hash automatic persisted queries (APQ) name a query by: SHA-256 of its text, in lowercase hex. */
function persistedQueryHash(query: string): string {
  return createHash("sha256").update(query).digest("hex");
}

/**
 * Refuses, with a code, what must be refused before Apollo parses anything. A plugin cannot: Apollo
 * answers an error thrown before parsing as an internal one. Checked here:
 * - a query text over the length limit (validation time grows faster than the text);
 * - a persisted query of another version than 1, or whose hash is not its text's: Apollo refuses
 *   them with errors that carry no code, which the error mask would report as internal errors.
 */
export function checkGraphQLRequest(request: HTTPGraphQLRequest): void {
  const { query, extensions } = fieldsOf(request);
  if (typeof query === "string" && query.length > QUERY_LIMITS.maxQueryLength) {
    throw new HttpError(400, `Query is ${query.length} characters long; the limit is ${QUERY_LIMITS.maxQueryLength}`, "QUERY_TOO_COMPLEX");
  }
  const persistedQuery = isObject(extensions) ? extensions.persistedQuery : undefined;
  if (!persistedQuery) return;
  if (!isObject(persistedQuery) || persistedQuery.version !== 1) {
    throw new HttpError(
      400,
      "Only version 1 of automatic persisted queries is supported: send extensions.persistedQuery.version = 1",
      "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
    );
  }
  if (typeof query === "string" && persistedQuery.sha256Hash !== persistedQueryHash(query)) {
    throw new HttpError(
      400,
      "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text (lowercase hex)",
      "PERSISTED_QUERY_HASH_MISMATCH",
    );
  }
}
