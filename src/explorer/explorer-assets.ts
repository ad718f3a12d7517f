import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { HttpError } from "../http/http-error";

/** One file of the built explorer, held in memory with what answering it needs. */
export interface ExplorerAsset {
  body: Buffer;
  contentType: string;
  /** Changes with the content: browsers revalidate with If-None-Match and get 304 while it holds. */
  etag: string;
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

/** Reads the explorer that `npm run build` bundled, once, at startup. */
export async function loadExplorerAssets(directory: string): Promise<ExplorerAssets> {
  const names = await readdir(directory).catch(() => [] as string[]);
  if (!names.includes("graphiql.js")) throw new ExplorerNotBuiltError(directory);
  const assets = new Map<string, ExplorerAsset>();
  for (const name of names) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType) continue;
    const body = await readFile(path.join(directory, name));
    assets.set(name, { body, contentType, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` });
  }
  return assets;
}

/** Answers a request for one of the explorer's files: the file, 304 when the browser's copy is current, 404 for no such file. */
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
  const headers = { etag: asset.etag, "cache-control": "no-cache" };
  if (request.headers["if-none-match"] === asset.etag) return void response.writeHead(304, headers).end();
  response.writeHead(200, { ...headers, "content-type": asset.contentType, "content-length": asset.body.length });
  response.end(asset.body);
}
