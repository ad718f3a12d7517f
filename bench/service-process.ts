import { spawn } from "node:child_process";
import path from "node:path";

const SERVICE_ENTRY = path.join(__dirname, "..", "src", "index.js");

export interface ServiceProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the built service (`dist/src/index.js`, as `npm start` runs it) on a database the benchmark
 * filled, as its own process in production mode: its memory is the service's alone, not the
 * benchmark's with its generated data. Resolves once the service says where it listens.
 */
export function startServiceProcess(database: { DATABASE_URL: string } | { PGLITE_DATA_DIR: string }): Promise<ServiceProcess> {
  const { DATABASE_URL: _inherited, ...environment } = process.env;
  const child = spawn(process.execPath, [SERVICE_ENTRY], {
    env: { ...environment, ...database, NODE_ENV: "production", PORT: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      const ready = /"url":"([^"]+)"/.exec(printed);
      if (!ready) return;
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      resolve({
        url: ready[1]!,
        pid: child.pid!,
        stop: async () => {
          child.kill("SIGTERM");
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`The service exited before it was ready:\n${printed}`)));
  });
}
