import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { acceptedCodings, type ContentCoding } from "../http/content-coding";
import { varyOn } from "../http/cors";
import { HttpError } from "../http/http-error";
import { PRECOMPRESSED_SUFFIXES } from "./precompressed-files";

/** One encoding of a file: its bytes and the ETag naming them. */
export interface Representation {
  body: Buffer;
  /** Changes with the bytes: browsers revalidate with If-None-Match and get 304 while it holds. */
  etag: string;
}

/** One file of the built explorer, held in memory with what answering it needs. */
export interface ExplorerAsset {
  contentType: string;
  plain: Representation;
  /** The copies the build compressed, by coding; none for a file compression does not shrink. */
  compressed: Partial<Record<ContentCoding, Representation>>;
}

/** The built explorer's files by name (graphiql.js, graphiql.css, the workers, the icon font). */
export type ExplorerAssets = ReadonlyMap<string, ExplorerAsset>;

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

export class ExplorerNotBuiltError extends Error {
  constructor(directory: string) {
    super(`The explorer is not built in ${directory}: run \`npm run build\`, or set EXPLORER=off`);
  }
}

function representationOf(body: Buffer): Representation {
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
}

/** Reads the explorer that `npm run build` bundled and precompressed, once, at startup. */
export async function loadExplorerAssets(directory: string): Promise<ExplorerAssets> {
  const names = await readdir(directory).catch(() => [] as string[]);
  if (!names.includes("graphiql.js")) throw new ExplorerNotBuiltError(directory);
  const read = async (name: string) => representationOf(await readFile(path.join(directory, name)));
  const assets = new Map<string, ExplorerAsset>();
  for (const name of names) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType) continue;
    const compressed: ExplorerAsset["compressed"] = {};
    for (const [coding, suffix] of Object.entries(PRECOMPRESSED_SUFFIXES) as Array<[ContentCoding, string]>) {
      if (names.includes(name + suffix)) compressed[coding] = await read(name + suffix);
    }
    assets.set(name, { contentType, plain: await read(name), compressed });
  }
  return assets;
}

/** If-None-Match lists the ETags a browser or a cache holds (weak or strong, or `*`); any of them may be current. */
function holdsCurrentCopy(request: http.IncomingMessage, etag: string): boolean {
  const held = request.headers["if-none-match"];
  if (held === undefined) return false;
  return held.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

/** The copy in the coding the client accepts, when the build made one; the file as it is otherwise. */
function representationFor(
  asset: ExplorerAsset,
  accepted: ContentCoding | null,
): { coding: ContentCoding | null; representation: Representation } {
  const compressed = accepted === null ? undefined : asset.compressed[accepted];
  if (accepted !== null && compressed) return { coding: accepted, representation: compressed };
  return { coding: null, representation: asset.plain };
}

/**
 * Answers a request for one of the explorer's files: its brotli or gzip copy when the client accepts
 * it (each copy with an ETag of its own), 304 when the client's copy is current, 404 for no such file.
 */
export function sendExplorerAsset(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  assets: ExplorerAssets,
  name: string,
): void {
  const asset = assets.get(name);
  if (!asset) throw new HttpError(404, `Not found: the explorer has no file ${name}`, "NOT_FOUND");
  if (request.method !== "GET" && request.method !== "HEAD")
    throw new HttpError(405, "The explorer's files are read with GET", "METHOD_NOT_ALLOWED");
  if (Object.keys(asset.compressed).length > 0) varyOn(response, "Accept-Encoding");
  const { coding, representation: sent } = representationFor(asset, acceptedCodings(request.headers["accept-encoding"]).coding);
  const headers = { etag: sent.etag, "cache-control": "no-cache" };
  if (holdsCurrentCopy(request, sent.etag)) return void response.writeHead(304, headers).end();
  if (coding) response.setHeader("content-encoding", coding);
  response.writeHead(200, {
    ...headers,
    "content-type": asset.contentType,
    "content-length": sent.body.length,
  });
  response.end(sent.body);
}
