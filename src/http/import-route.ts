import type http from "node:http";
import type { PrismaClient } from "@prisma/client";
import type { ReferenceCache } from "../db/reference-cache";
import { importFiles, type ImportReport } from "../import/import-files";
import { IMPORT_PATH } from "../import/service-import";
import { HttpError } from "./http-error";
import { readJsonBody } from "./request-body";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Imports pages sent by `npm run import` from this machine while the service holds the embedded
 * database (PGlite allows one process per data directory): the service imports them itself, one
 * import at a time, and serves them at once (reference data is read again, for new project types).
 * Only loopback callers are heard: the body names files on this machine.
 */
export class ImportRoute {
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly reference: ReferenceCache,
  ) {}

  async answer(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? ""))
      throw new HttpError(403, "Imports are taken from this machine only", "FORBIDDEN");
    if (request.method !== "POST") throw new HttpError(405, `POST a JSON body { "paths": [...] } to ${IMPORT_PATH}`, "METHOD_NOT_ALLOWED");
    const paths = ((await readJsonBody(request)) as { paths?: unknown } | undefined)?.paths;
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((path) => typeof path === "string")) {
      throw new HttpError(400, 'The body must be { "paths": ["<file or folder>", ...] }, absolute paths on this machine', "BAD_REQUEST");
    }
    const report = this.inTurn(async () => {
      const imported = await importFiles(this.prisma, paths as string[]);
      await this.reference.reload();
      return imported;
    });
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(await report));
  }

  private inTurn(work: () => Promise<ImportReport>): Promise<ImportReport> {
    const turn = this.running.then(work, work);
    this.running = turn.catch(() => undefined);
    return turn;
  }
}
