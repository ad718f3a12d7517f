import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Context } from "../graph/context";
import { databaseFailureOf } from "../db/database-errors";
import type { FailureSummary, Logger } from "../operations/logger";
import type { Metrics } from "../operations/metrics";

/** Codes of errors the client caused: their messages are meant for it and they say nothing is wrong here. */
const CLIENT_ERROR_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "QUERY_TOO_COMPLEX",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "PERSISTED_QUERY_VERSION_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Codes of errors that mean "try again in a moment": answered 503 with Retry-After. */
const UNAVAILABLE_CODES = new Set(["DATABASE_UNAVAILABLE", "DATABASE_TIMEOUT"]);

/** Seconds a client should wait before retrying after an outage answer. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * What a client sees of an error: its own mistakes as they are; the database down or too slow as
 * such, with a code to retry on; anything else as "Internal server error", without internals.
 */
export function formatErrorForClients(statementTimeoutMs: number | null) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) return formatted;
    const where = { path: formatted.path, locations: formatted.locations };
    switch (databaseFailureOf(unwrapResolverError(error))) {
      case "unavailable":
        return {
          message: `The database cannot be reached; retry in ${RETRY_AFTER_SECONDS} seconds`,
          ...where,
          extensions: { code: "DATABASE_UNAVAILABLE" },
        };
      case "timeout":
        return {
          message: `The database did not answer within the statement time limit${statementTimeoutMs ? ` of ${statementTimeoutMs} ms` : ""} (DB_STATEMENT_TIMEOUT_MS)`,
          ...where,
          extensions: { code: "DATABASE_TIMEOUT" },
        };
      default:
        return { message: "Internal server error", ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
  };
}

/**
 * The outcome of each GraphQL request: HTTP 503 with Retry-After when the database failed it, one
 * log line per failure with the request id (database outages summarised, see FailureSummary), and
 * the request's metrics.
 */
export function requestOutcomePlugin(metrics: Metrics, logger: Logger, failures: FailureSummary): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === "string" && CLIENT_ERROR_CODES.has(code)) continue;
            const cause = unwrapResolverError(error);
            const failure = databaseFailureOf(cause);
            const details = { requestId: contextValue.requestId, operation: operationName ?? null, path: error.path?.join(".") };
            const reason = cause instanceof Error ? cause.message.split("\n").filter(Boolean).at(-1) : String(cause);
            if (failure) failures.record(`database ${failure}`, details, `Request failed: database ${failure}: ${reason}`);
            else logger.error({ ...details, err: cause }, "Request failed with an unexpected error");
          }
        },
        async willSendResponse({ response, operationName, contextValue }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const unavailable = codes.some((code) => UNAVAILABLE_CODES.has(code));
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
          const status = response.http.status ?? 200;
          const outcome = unavailable
            ? "unavailable"
            : codes.some((code) => !CLIENT_ERROR_CODES.has(code))
              ? "server_error"
              : status >= 400 || codes.length > 0
                ? "client_error"
                : "ok";
          const seconds = (performance.now() - started) / 1000;
          metrics.recordRequest(metrics.operationLabel(operationName), outcome, seconds, codes);
          logger.debug(
            { requestId: contextValue.requestId, operation: operationName ?? null, status, outcome, ms: Math.round(seconds * 1000) },
            "request",
          );
        },
      };
    },
  };
}
