import http from "node:http";
import zlib from "node:zlib";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire, not decoded. */
  body: Buffer;
}

/** One request over plain node:http, which (unlike fetch) neither asks for nor decodes a content coding by itself. */
export function rawRequest(
  url: string | URL,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

/** The body as it was before its content coding. */
export function decoded(answer: RawAnswer): Buffer {
  const coding = answer.headers["content-encoding"];
  if (coding === "br") return zlib.brotliDecompressSync(answer.body);
  if (coding === "gzip") return zlib.gunzipSync(answer.body);
  if (coding === undefined) return answer.body;
  throw new Error(`Unexpected content coding ${coding}`);
}

/** The fields a Vary header lists. */
export const varyFields = (answer: RawAnswer) => String(answer.headers.vary ?? "").split(/\s*,\s*/);
