import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../src/db/database";
import { DatabaseInUseError, liveHolderOf, lockFileOf } from "../../src/db/pglite-lock";

// A process that opens the directory as the server would, says so, and waits to be killed.
const holdAndAnnounce = `
  require("reflect-metadata");
  const { openDatabase } = require(${JSON.stringify(path.join(__dirname, "../../dist/src/db/database.js"))});
  openDatabase({ kind: "pglite", dataDir: process.argv[1] }, "server")
    .then(async (db) => { await db.announce("http://127.0.0.1:4999/graphql"); console.log("holding"); setInterval(() => undefined, 1000); });`;

describe("one process per embedded database", () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "iom-lock-")), "pglite");
  });

  it("refuses a second opening of a data directory in use, saying who holds it and what to do; takes it over once that process is killed", async () => {
    const holder = spawn(process.execPath, ["-e", holdAndAnnounce, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    try {
      const second = openDatabase({ kind: "pglite", dataDir }, "import");
      await expect(second).rejects.toThrow(DatabaseInUseError);
      await expect(second).rejects.toThrow(
        /in use by the service \(process \d+ .*serving http:\/\/127\.0\.0\.1:4999\/graphql.*import through the running service/,
      );
      expect(await liveHolderOf(dataDir)).toMatchObject({ pid: holder.pid, role: "server", url: "http://127.0.0.1:4999/graphql" });
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.on("exit", resolve));
    }
    // Killed without a chance to release its lock: the lock is stale, and taken over.
    const db = await openDatabase({ kind: "pglite", dataDir }, "import");
    await db.close();
    await expect(fs.stat(lockFileOf(dataDir))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("takes over a lock left by a process that no longer runs (a crash, kill -9)", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid!;
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await fs.writeFile(
      lockFileOf(dataDir),
      JSON.stringify({ pid: gone, hostname: os.hostname(), role: "server", since: "2026-01-01T00:00:00Z" }),
    );
    const db = await openDatabase({ kind: "pglite", dataDir }, "import");
    try {
      expect(JSON.parse(await fs.readFile(lockFileOf(dataDir), "utf8"))).toMatchObject({ pid: process.pid, role: "import" });
    } finally {
      await db.close();
    }
  });

  it("lets exactly one of several processes that start at once open the directory", async () => {
    const script = `
      const { openDatabase } = require(${JSON.stringify(path.join(__dirname, "../../dist/src/db/database.js"))});
      openDatabase({ kind: "pglite", dataDir: process.argv[1] }, "import")
        .then(async (db) => { console.log("opened"); await new Promise((r) => setTimeout(r, 1500)); await db.close(); })
        .catch((error) => { console.log(error.constructor.name); });`;
    const runs = Array.from({ length: 3 }, () => {
      const child = spawn(process.execPath, ["-e", script, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      return new Promise<string>((resolve) => child.on("exit", () => resolve(output.trim())));
    });
    const outcomes = (await Promise.all(runs)).sort();
    expect(outcomes).toEqual(["DatabaseInUseError", "DatabaseInUseError", "opened"]);
  });
});
