import { once } from "node:events";
import type { Writable } from "node:stream";
import type http from "node:http";
import type { ReadSql } from "../db/sql-reads";
import { GraphQLError, isInputObjectType, type GraphQLInputObjectType, type GraphQLSchema } from "graphql";
import { databaseFailureOf } from "../db/database-errors";
import type { ReferenceCache } from "../db/reference-cache";
import { NEWS_EXPORT } from "../graph/news/news.export";
import { PROJECT_EXPORT } from "../graph/project/project.export";
import { IMPORTED_DATA_MAX_AGE_SECONDS } from "../graph/shared/cache-hints";
import { BadUserInputError } from "../graph/shared/errors";
import type { ListExport } from "../graph/shared/export-batches";
import { EXPORT_PATH, ExportFormat, type ExportedList } from "../graph/shared/export-link";
import { filterFromParameters } from "../graph/shared/filter-parameters";
import { ORDER_PARAMETER, orderFromParameters } from "../graph/shared/order-parameters";
import { Locale, localeFromAcceptLanguage } from "../graph/shared/locale";
import type { Logger } from "../operations/logger";
import type { ExportOutcome, Metrics } from "../operations/metrics";
import { RETRY_AFTER_SECONDS } from "../apollo/request-outcome";
import type { AnswerCompression } from "../config";
import { compressedStream } from "./compression";
import { varyOn } from "./cors";
import type { ExecutionSlots } from "./execution-slots";
import { exportEncoder } from "./export-encoders";
import { HttpError } from "./http-error";
import type { RouteHandler } from "./router";

export { EXPORT_PATH };

const LISTS: Record<ExportedList, ListExport<unknown>> = {
  projects: PROJECT_EXPORT as ListExport<unknown>,
  news: NEWS_EXPORT as ListExport<unknown>,
};

const EXPORT_NAME = /^(projects|news)\.(csv|ndjson|json)$/;

/** Query parameters that are not filter fields: the language, and the ordering of a list that takes one. */
const nonFilterParameters = (ordered: boolean): ReadonlySet<string> => new Set(ordered ? ["locale", ORDER_PARAMETER] : ["locale"]);

export interface ExportRouteOptions {
  read: ReadSql;
  reference: ReferenceCache;
  /** The served schema, whose filter input types check the parameters. */
  schema: GraphQLSchema;
  /** The GraphQL executions' slots: each batch of an export takes one while it is read and encoded. */
  executions: ExecutionSlots;
  /** The same deadline as GraphQL requests, for the whole export. */
  requestTimeoutMs: number;
  /** The same compression as GraphQL answers, whatever an export's size: its size is not known when it starts. */
  compression: AnswerCompression;
  metrics: Metrics;
  logger: Logger;
}

class ClientClosed extends Error {}

const deadlinePassed = (timeoutMs: number) =>
  new HttpError(
    503,
    `The export did not finish within the ${timeoutMs} ms limit (REQUEST_TIMEOUT_MS); narrow the filter`,
    "REQUEST_TIMEOUT",
  );

/** `locale=fr|en|es`, in any case; without it, Accept-Language then French, as for the API's locale arguments. */
function localeOf(parameters: URLSearchParams, acceptLanguage: string | undefined): Locale {
  const given = parameters.get("locale");
  if (given === null) return localeFromAcceptLanguage(acceptLanguage);
  const locale = Object.values(Locale).find((candidate) => candidate === given.trim().toUpperCase());
  if (!locale) throw new BadUserInputError(`Parameter "locale" must be fr, en or es (got "${given.slice(0, 20)}")`, "locale");
  return locale;
}

/** A client's mistake as a 400 naming the parameter; the filter's checks name "filter.<field>", which is parameter "<field>". */
function asHttpError(error: unknown): unknown {
  if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
    const argument = typeof error.extensions.argument === "string" ? error.extensions.argument.replace(/^filter\./, "") : "";
    return new HttpError(400, error.message, "BAD_USER_INPUT", argument ? { parameter: argument } : {});
  }
  switch (databaseFailureOf(error)) {
    case "unavailable":
      return new HttpError(503, `The database cannot be reached; retry in ${RETRY_AFTER_SECONDS} seconds`, "DATABASE_UNAVAILABLE");
    case "timeout":
      return new HttpError(
        503,
        "The database did not answer within the statement time limit (DB_STATEMENT_TIMEOUT_MS)",
        "DATABASE_TIMEOUT",
      );
    default:
      return error;
  }
}

function outcomeOf(error: unknown): ExportOutcome {
  if (error instanceof ClientClosed) return "client_closed";
  if (!(error instanceof HttpError)) return "server_error";
  return error.status === 503 ? "unavailable" : error.status >= 500 ? "server_error" : "client_error";
}

/** The work's value, or the signal's reason once it is aborted (the work is left to finish unseen). */
function untilAborted<Value>(work: Promise<Value>, signal: AbortSignal): Promise<Value> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/** Writes a chunk, waiting while the client has not read what was written before: memory holds a batch, not the file. */
async function write(sink: Writable, chunk: string, signal: AbortSignal): Promise<void> {
  if (!sink.write(chunk)) await once(sink, "drain", { signal }).catch(() => Promise.reject(signal.reason));
}

/** The list and format an export path names (/export/projects.csv); a 404 for any other. */
function exportTargetOf(url: URL): { listName: ExportedList; extension: string } {
  const [, listName, extension] = EXPORT_NAME.exec(url.pathname.slice(EXPORT_PATH.length)) ?? [];
  if (!listName || !extension) {
    throw new HttpError(
      404,
      `Not found: exports are ${EXPORT_PATH}projects.csv|ndjson|json and ${EXPORT_PATH}news.csv|ndjson|json`,
      "NOT_FOUND",
    );
  }
  return { listName: listName as ExportedList, extension };
}

/** HEAD tells what GET would send (its headers, X-Total-Count included) without reading a row. */
function checkMethod(request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  response.setHeader("allow", "GET, HEAD");
  throw new HttpError(405, "Exports are read with GET (or HEAD for their headers alone)", "METHOD_NOT_ALLOWED");
}

function inputType(schema: GraphQLSchema, name: string): GraphQLInputObjectType {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`The schema has no input type ${name}`);
  return type;
}

/** The statements of the filter and ordering, and the language, a request's parameters ask for, every parameter checked. */
function parametersOf(request: http.IncomingMessage, url: URL, list: ListExport<unknown>, schema: GraphQLSchema) {
  const filterType = inputType(schema, list.filterType);
  const orderType = list.orderType === null ? null : inputType(schema, list.orderType);
  try {
    const locale = localeOf(url.searchParams, request.headers["accept-language"]);
    const filter = filterFromParameters(url.searchParams, filterType, nonFilterParameters(orderType !== null));
    const orderBy = orderType ? orderFromParameters(url.searchParams, orderType) : null;
    return { locale, query: list.query(filter, orderBy) };
  } catch (error) {
    throw asHttpError(error);
  }
}

/** The headers of an export, GET's and HEAD's alike. */
function setExportHeaders(response: http.ServerResponse, file: string, contentType: string, total: number): void {
  // Names follow Accept-Language when no locale parameter is given, as GraphQL answers do.
  varyOn(response, "Accept-Language");
  response.statusCode = 200;
  response.setHeader("content-type", contentType);
  response.setHeader("content-disposition", `attachment; filename="${file}"`);
  response.setHeader("cache-control", `public, max-age=${IMPORTED_DATA_MAX_AGE_SECONDS}`);
  response.setHeader("x-total-count", String(total));
  response.setHeader("access-control-expose-headers", "Content-Disposition, X-Total-Count");
}

/**
 * GET /export/<list>.<format>: every item of a list meeting a filter given as query parameters (the
 * fields of the GraphQL filter, checked by the same code), in the list's order (orderBy), streamed a
 * bounded batch at a time, in CSV, NDJSON or JSON, compressed as Accept-Encoding asks. Headers are
 * sent once the count and the first batch are read, so that bad parameters and database failures
 * still get a coded JSON answer; past that, a failure, the deadline or the client leaving ends the
 * transfer unfinished (no final chunk, so that a client never takes part of a file for the whole).
 * HEAD answers the same headers from the count alone.
 */
export function exportHandler(options: ExportRouteOptions): RouteHandler {
  return async (request, response, { url, requestId }) => {
    const started = performance.now();
    const { listName, extension } = exportTargetOf(url);
    const list = LISTS[listName];
    const record = (outcome: ExportOutcome, rows: number) =>
      options.metrics.recordExport(listName, extension, outcome, (performance.now() - started) / 1000, rows);
    let parameters: ReturnType<typeof parametersOf>;
    try {
      checkMethod(request, response);
      parameters = parametersOf(request, url, list, options.schema);
    } catch (error) {
      record(outcomeOf(error), 0);
      throw error;
    }
    const { query, locale } = parameters;
    const stop = new AbortController();
    const deadline = setTimeout(() => stop.abort(deadlinePassed(options.requestTimeoutMs)), options.requestTimeoutMs);
    response.on("close", () => {
      if (!response.writableFinished) stop.abort(new ClientClosed());
    });
    const batches = query.batches(options.read, options.reference, locale);
    const readBatch = async () => {
      const next = await batches.next();
      return next.done ? null : next.value;
    };
    // One slot a batch, never one inside another: exports filling every slot must not wait on each other.
    const nextBatch = () => options.executions.run(readBatch);
    let rows = 0;
    let outcome: ExportOutcome = "ok";
    try {
      const encoder = exportEncoder(extension.toUpperCase() as ExportFormat, list.csvColumns);
      const withRows = request.method === "GET";
      const [total, first] = await untilAborted(
        options.executions.run(() => Promise.all([query.count(options.read), withRows ? readBatch() : null])),
        stop.signal,
      );
      setExportHeaders(response, `${listName}.${extension}`, encoder.contentType, total);
      const body = compressedStream(request, response, { compression: options.compression });
      // Sent now rather than with the encoder's first bytes: from here on, a failure can only break the transfer.
      response.flushHeaders();
      if (withRows) {
        await write(body, encoder.opening, stop.signal);
        for (let batch = first; batch; batch = await untilAborted(nextBatch(), stop.signal)) {
          await write(body, encoder.batch(batch, rows === 0), stop.signal);
          rows += batch.length;
        }
        await write(body, encoder.closing, stop.signal);
      }
      body.end();
    } catch (caught) {
      const error = asHttpError(caught);
      outcome = outcomeOf(error);
      if (outcome === "client_closed") return;
      if (!response.headersSent) throw error;
      if (outcome === "server_error") options.logger.error({ requestId, err: caught }, "Export failed while streaming");
      response.destroy();
    } finally {
      clearTimeout(deadline);
      // Ends the batches once the statement in flight, if any, is done: none is sent after it.
      void batches.return(undefined).catch(() => undefined);
      record(outcome, rows);
    }
  };
}
