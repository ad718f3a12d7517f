import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Part of the global setup: builds the service into dist/ once per run as `npm run build` does (code and
 * explorer bundle), for the tests that start it as a real process (several processes on one
 * database, signals, crashes). The compile is incremental: quick when nothing changed.
 */
export function buildForChildProcesses(): void {
  const root = path.join(__dirname, "..", "..");
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, [path.join(root, "dist", "src", "scripts", "build-explorer.js")], { cwd: root, stdio: "ignore" });
}
