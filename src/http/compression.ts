import type http from "node:http";
import { pipeline, type Writable } from "node:stream";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { DEFAULT_ANSWER_COMPRESSION, type AnswerCompression } from "../config";
import { acceptedCodings, type ContentCoding } from "./content-coding";
import { varyOn } from "./cors";

// Levels for answers compressed on every request, chosen with `npm run bench` on the headline view:
// brotli 4 makes answers smaller than gzip 6 in less time; higher levels cost more than they save.
// Exports stream through brotli 4 at 40-170 MB/s a core (CSV to NDJSON); 5 is 10 % smaller but 30 % slower, 11 (zlib's default) 1 MB/s.
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

function brotliOptions(sizeHint: number, flushEachWrite: boolean): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: sizeHint,
    },
    ...(flushEachWrite ? { flush: zlib.constants.BROTLI_OPERATION_FLUSH } : {}),
  };
}

function gzipOptions(flushEachWrite: boolean): zlib.ZlibOptions {
  return { level: GZIP_LEVEL, ...(flushEachWrite ? { flush: zlib.constants.Z_SYNC_FLUSH } : {}) };
}

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The coding to answer in, set on the response (Content-Encoding, and `Vary: Accept-Encoding` on
 * every answer that could have been compressed); null for none. A body of known size under the
 * threshold goes as it is, unless the client refused that (`identity;q=0`). A client that accepts
 * nothing we can send gets the answer as it is too: more useful than a 406 (RFC 9110 allows both).
 */
function chooseCoding(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  compression: AnswerCompression,
  bodyBytes: number | null,
): ContentCoding | null {
  if (!compression.enabled) return null;
  varyOn(response, "Accept-Encoding");
  const { coding, identityAcceptable } = acceptedCodings(request.headers["accept-encoding"]);
  if (coding === null || (bodyBytes !== null && bodyBytes < compression.minBytes && identityAcceptable)) return null;
  response.setHeader("content-encoding", coding);
  return coding;
}

/** Writes a complete answer (status and headers already set), compressed when it is large enough and the client accepts it. */
export async function sendCompressible(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  body: string,
  compression: AnswerCompression = DEFAULT_ANSWER_COMPRESSION,
): Promise<void> {
  const plain = Buffer.from(body);
  const coding = chooseCoding(request, response, compression, plain.length);
  // Compressed off the main thread (zlib's one-shot functions run in libuv's pool): other requests go on meanwhile.
  const sent =
    coding === "br"
      ? await brotliCompress(plain, brotliOptions(plain.length, false))
      : coding === "gzip"
        ? await gzip(plain, gzipOptions(false))
        : plain;
  response.setHeader("content-length", sent.length);
  response.end(sent);
}

export interface CompressedStreamOptions {
  compression?: AnswerCompression;
  /** Send each write at once (parts a client reads as they come) rather than when the encoder's buffer fills. */
  flushEachWrite?: boolean;
}

/**
 * For a body written as it is made (its size unknown): call after setting the status and headers,
 * write the body into the returned stream and end it. It is the response itself when the answer goes
 * as it is, else an encoder piped into the response, Content-Encoding and Vary set. A failure on
 * either side destroys both. A HEAD request gets the headers GET would, and no encoder: Node sends no body for it.
 */
export function compressedStream(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  options: CompressedStreamOptions = {},
): Writable {
  const coding = chooseCoding(request, response, options.compression ?? DEFAULT_ANSWER_COMPRESSION, null);
  if (coding === null || request.method === "HEAD") return response;
  response.removeHeader("content-length");
  const flushEachWrite = options.flushEachWrite ?? false;
  const encoder =
    coding === "br" ? zlib.createBrotliCompress(brotliOptions(0, flushEachWrite)) : zlib.createGzip(gzipOptions(flushEachWrite));
  pipeline(encoder, response, () => undefined);
  return encoder;
}
