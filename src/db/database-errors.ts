/** What went wrong with the database, as far as a client and an operator need to know. */
export type DatabaseFailure = "unavailable" | "timeout";

// PostgreSQL's codes for a connection lost or refused: connection exceptions (08), shutdown and
// crash of the server (57P01-57P03), too many connections (53300), server starting (57P03).
const UNAVAILABLE_CODES = /^(08...|57P0[1-4]|53300)$/;
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|ECONNREFUSED|ECONNRESET|EPIPE|Client has encountered a connection error|Can't reach database server/i;

interface DriverCause {
  kind?: string;
  code?: string;
  message?: string;
}

/** The driver's own description of an error, wherever Prisma or pg put it. */
function causeOf(error: unknown): DriverCause {
  const candidate = error as { meta?: { driverAdapterError?: { cause?: DriverCause } }; code?: unknown; message?: unknown } | null;
  const cause = candidate?.meta?.driverAdapterError?.cause;
  if (cause) return cause;
  return { code: typeof candidate?.code === "string" ? candidate.code : undefined, message: typeof candidate?.message === "string" ? candidate.message : undefined };
}

/** Whether an error means the database could not be reached or did not answer in time; null for any other error. */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const cause = causeOf(error);
  if (cause.code === "57014") return "timeout";
  if (cause.kind === "DatabaseNotReachable" || cause.kind === "ConnectionClosed" || cause.kind === "SocketTimeout") return "unavailable";
  if (cause.code && UNAVAILABLE_CODES.test(cause.code)) return "unavailable";
  const message = cause.message ?? (error instanceof Error ? error.message : "");
  return UNAVAILABLE_MESSAGES.test(message) ? "unavailable" : null;
}

// A connection that was open and is gone: the server restarted, failed over or ended the backend.
const DROPPED_CODES = /^(57P0[12]|08006|08003)$/;
const DROPPED_MESSAGES = /Connection terminated unexpectedly|ECONNRESET|EPIPE|Client has encountered a connection error/i;

/** Whether a statement failed because its connection dropped while open (worth one more try on a new one). */
export function connectionDropped(error: unknown): boolean {
  const cause = causeOf(error);
  return (cause.code !== undefined && DROPPED_CODES.test(cause.code)) || DROPPED_MESSAGES.test(cause.message ?? "");
}
