import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runBuiltCommand, startBuiltService } from "../support/built-service";

const PAGE = path.join(__dirname, "..", "fixtures", "pages", "dash-english.txt");

describe("npm run import while the service holds the embedded database", () => {
  it("imports through the running service, which serves the page at once", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-through-"));
    const env = { PGLITE_DATA_DIR: path.join(dir, "pglite") };
    const service = await startBuiltService(env);
    try {
      const url = service.url.toString();
      const ask = async () => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: `{ project(code: "CT.0932") { code status } }` }),
        });
        return ((await response.json()) as { data: { project: unknown } }).data.project;
      };
      expect(await ask()).toBeNull();

      const imported = await runBuiltCommand(path.join("import", "cli.js"), [PAGE], env);
      expect(imported.stderr).toContain(`in use by the service at ${url}: importing through it`);
      expect(imported.stdout).toMatch(/created\s+project CT\.0932/);
      expect(imported.stdout).toContain("1 page(s): 1 created");
      expect(imported.code).toBe(0);
      expect(await ask()).toEqual({ code: "CT.0932", status: "COMPLETED" });
    } finally {
      await service.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
