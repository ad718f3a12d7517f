/** What went wrong with the database, as far as a client and an operator need to know. */
export type DatabaseFailure = "unavailable" | "timeout";

// Prisma's codes for a server it cannot reach, a database that does not exist, a timeout, a closed connection.
const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1017"]);
// Prisma's driver adapter's kinds for the same.
const ADAPTER_CONNECTION_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TlsConnectionError",
]);
// PostgreSQL's: connection exceptions (class 08), server shutting down or starting (57P01-57P03), no such database (3D000).
const SQLSTATE_CONNECTION = /^(08...|57P0[123]|3D000)$/;
// Node's, for a socket that could not connect or was cut.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);

type ErrorFields = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** The error and the errors it wraps: Prisma's own, its driver adapter's, the driver's. */
function errorChain(error: unknown): ErrorFields[] {
  const chain: ErrorFields[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && chain.length < 5) {
    const fields = current as ErrorFields;
    chain.push(fields);
    current = fields.meta?.driverAdapterError ?? fields.cause;
  }
  return chain;
}

/** Whether an error says the database cannot be reached, rather than that one statement failed. */
export function isConnectionFailure(error: unknown): boolean {
  return errorChain(error).some(
    ({ code, kind, originalCode, message }) =>
      (typeof code === "string" && (PRISMA_CONNECTION_CODES.has(code) || SQLSTATE_CONNECTION.test(code) || SOCKET_CODES.has(code))) ||
      (typeof originalCode === "string" && SQLSTATE_CONNECTION.test(originalCode)) ||
      (typeof kind === "string" && ADAPTER_CONNECTION_KINDS.has(kind)) ||
      // node-postgres reports a connection cut under it with this message and no code, PGlite a closed instance with this one.
      (typeof message === "string" && (message.startsWith("Connection terminated") || message === "PGlite is closed")),
  );
}

/** What the database said (the driver's message under Prisma's and its adapter's wrappers), else the error's own last line. */
export function driverMessageOf(error: unknown): string {
  const chain = errorChain(error);
  const driverError =
    chain.find(({ originalMessage }) => typeof originalMessage === "string")?.originalMessage ??
    [...chain].reverse().find(({ kind, message }) => typeof kind === "string" && typeof message === "string")?.message;
  if (typeof driverError === "string") return driverError;
  const message = chain[0]?.message;
  return typeof message === "string" && message.trim() ? message.trim().split("\n").at(-1)! : String(error);
}

// node-postgres's own words for a pool that found no connection in time, and for a server that went silent.
const CLIENT_SIDE_TIMEOUTS = /timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error/;

/** Whether an error means the database could not be reached or did not answer in time; null for any other error. */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const chain = errorChain(error);
  if (chain.some(({ code, originalCode }) => code === "57014" || originalCode === "57014")) return "timeout";
  if (isConnectionFailure(error)) return "unavailable";
  return chain.some(({ message }) => typeof message === "string" && CLIENT_SIDE_TIMEOUTS.test(message)) ? "unavailable" : null;
}

// A connection that was open and is gone: the server restarted, failed over or ended the backend.
const DROPPED_CODES = /^(57P0[12]|08006|08003)$/;
const DROPPED_MESSAGES = /Connection terminated unexpectedly|ECONNRESET|EPIPE|Client has encountered a connection error/;

/** Whether a statement failed because its connection dropped while open (worth one more try on a new one). */
export function connectionDropped(error: unknown): boolean {
  return errorChain(error).some(
    ({ code, originalCode, message }) =>
      (typeof code === "string" && DROPPED_CODES.test(code)) ||
      (typeof originalCode === "string" && DROPPED_CODES.test(originalCode)) ||
      (typeof message === "string" && DROPPED_MESSAGES.test(message)),
  );
}
