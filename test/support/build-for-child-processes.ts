import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Jest global setup: compiles the service into dist/ once per run, for the tests that start it as a
 * real process (several processes on one database, signals, crashes). Incremental: quick when unchanged.
 */
export default function buildForChildProcesses(): void {
  const root = path.join(__dirname, "..", "..");
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
}
