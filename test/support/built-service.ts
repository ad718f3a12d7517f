import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const DIST = path.join(__dirname, "..", "..", "dist", "src");

/** The test's environment without its DATABASE_URL (a started process gets the database it is given), on any free port. */
function childEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return { ...inherited, PORT: "0", LOG_LEVEL: "info", ...env };
}

export interface StartedService {
  child: ChildProcess;
  url: URL;
  /** What the service printed until it was ready. */
  output: string;
  exit: Promise<number | null>;
  stop(): Promise<void>;
}

/** Starts the built service (`node dist/src/index.js`, as the global setup builds it) and resolves once it says it is ready. */
export function startBuiltService(env: Record<string, string>): Promise<StartedService> {
  const child = spawn(process.execPath, [path.join(DIST, "index.js")], { env: childEnvironment(env), stdio: ["ignore", "pipe", "pipe"] });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    child.kill("SIGTERM");
    await exit;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"([^"]+)"/.exec(output);
      if (ready) resolve({ child, url: new URL(ready[1]!), output, exit, stop });
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", () => reject(new Error(`the service exited before it was ready:\n${output}`)));
  });
}

export interface CommandOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the built commands (`dist/src/<script>`) to its end. */
export function runBuiltCommand(script: string, args: readonly string[], env: Record<string, string>): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(DIST, script), ...args], { env: childEnvironment(env) }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
