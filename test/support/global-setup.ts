import { buildForChildProcesses } from "./build-for-child-processes";
import { writePgliteTemplate } from "./pglite-template";

export default async function globalSetup(): Promise<void> {
  buildForChildProcesses();
  if (!process.env.DATABASE_URL) await writePgliteTemplate();
}
