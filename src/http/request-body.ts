import type http from "node:http";
import { HttpError } from "./http-error";

/** Request bodies larger than this are refused before parsing; GraphQL requests are a few kilobytes. */
export const MAX_BODY_BYTES = 100 * 1024;

/** The request's body: parsed when it is JSON, as text otherwise, undefined when empty; refused past the size limit. */
export async function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `Request body is ${declared} bytes; the limit is ${MAX_BODY_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is over the limit of ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("application/json")) return Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Request body is not valid JSON");
  }
}
