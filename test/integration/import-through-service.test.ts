import { execFile, spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const PAGE = path.join(ROOT, "test", "fixtures", "pages", "dash-english.txt");

describe("npm run import while the service holds the embedded database", () => {
  it("imports through the running service, which serves the page at once", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-through-"));
    const { DATABASE_URL: _server, ...inherited } = process.env;
    const env = { ...inherited, PGLITE_DATA_DIR: path.join(dir, "pglite"), PORT: "0", LOG_LEVEL: "info" };
    const service = spawn(process.execPath, [path.join(ROOT, "dist", "src", "index.js")], { env, stdio: ["ignore", "pipe", "inherit"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        service.on("exit", (code) => reject(new Error(`the service exited (${code}) before listening`)));
        let output = "";
        service.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /"url":"([^"]+)"/.exec(output);
          if (ready) resolve(ready[1]!);
        });
      });
      const ask = async () => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ project(code: "CT.0932") { code status } }` }),
        });
        return ((await response.json()) as { data: { project: unknown } }).data.project;
      };
      expect(await ask()).toBeNull();

      const imported = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [path.join(ROOT, "dist", "src", "import", "cli.js"), PAGE], { env }, (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(imported.stderr).toContain(`in use by the service at ${url}: importing through it`);
      expect(imported.stdout).toMatch(/created\s+project CT\.0932/);
      expect(imported.stdout).toContain("1 page(s): 1 created");
      expect(imported.code).toBe(0);
      expect(await ask()).toEqual({ code: "CT.0932", status: "COMPLETED" });
    } finally {
      service.kill("SIGTERM");
      await new Promise((resolve) => service.on("exit", resolve));
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
