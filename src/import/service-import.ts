import path from "node:path";
import type { ImportReport } from "./import-files";

/** Where a service holding the embedded database takes imports from this machine (see src/http/import-route.ts). */
export const IMPORT_PATH = "/admin/import";

/** Asks the service at `serviceUrl` to import these files or folders; its report, or why it refused. */
export async function sendImportToService(serviceUrl: string, paths: readonly string[]): Promise<ImportReport | { refused: string }> {
  const response = await fetch(new URL(IMPORT_PATH, serviceUrl), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ paths: paths.map((given) => path.resolve(given)) }),
  });
  const body = (await response.json()) as ImportReport & { errors?: Array<{ message: string }> };
  return response.ok ? body : { refused: body.errors?.[0]?.message ?? response.statusText };
}
