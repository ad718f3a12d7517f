import http from "node:http";
import type { Duplex } from "node:stream";
import { RETRY_AFTER_SECONDS } from "../apollo/request-outcome";

/**
 * A request refused at the HTTP layer, before GraphQL: answered with its status and a GraphQL-shaped
 * body (`errors[0].extensions.code`), so that clients read it like any other error.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
    /** More for the client to read beside the code, such as the query parameter at fault. */
    readonly details: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Answers with a GraphQL-shaped error body; a 503 says when to retry. */
export function sendJsonError(
  response: http.ServerResponse,
  status: number,
  message: string,
  code = "BAD_REQUEST",
  details: Record<string, string> = {},
): void {
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    ...(status === 503 ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {}),
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
}

// Node's own answers to requests its HTTP parser refuses, with a coded body like every other error.
const UNPARSEABLE_REQUEST_ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: "REQUEST_HEADERS_TOO_LARGE",
    message: "Request line and headers are over 16 KiB: send long queries by POST",
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "REQUEST_TIMEOUT", message: "The request took too long to arrive" },
};

/** The server's `clientError` handler: a request Node could not parse gets a coded answer, then the connection closes. */
export function answerUnparseableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
  const { status, code, message } = UNPARSEABLE_REQUEST_ANSWERS[error.code ?? ""] ?? {
    status: 400,
    code: "BAD_REQUEST",
    message: "Malformed HTTP request",
  };
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
