import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = (() => {
  const root = "/usr/lib/postgresql";
  const version = fs.existsSync(root) ? fs.readdirSync(root).sort().pop() : undefined;
  return version ? path.join(root, version, "bin") : null;
})();

/** Whether this machine can start a PostgreSQL cluster of its own (binaries present, tests run as root). */
export const canRunThrowawayPostgres = BIN !== null && process.getuid?.() === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL cluster of a test's own, on a loopback port, run as the postgres user with initdb and
 * pg_ctl: it can be stopped, restarted and frozen without disturbing the shared server.
 */
export class ThrowawayPostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<ThrowawayPostgres> {
    if (!BIN) throw new Error("No PostgreSQL binaries under /usr/lib/postgresql");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iom-pg-"));
    execFileSync("chown", ["postgres", dir]);
    const cluster = new ThrowawayPostgres(dir, await freePort());
    cluster.asPostgres("initdb", ["-D", cluster.dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    cluster.start();
    return cluster;
  }

  private get dataDir(): string {
    return path.join(this.dir, "data");
  }

  url(database = "postgres"): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private asPostgres(tool: string, args: string[]): string {
    return execFileSync("runuser", ["-u", "postgres", "--", path.join(BIN!, tool), ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
    this.asPostgres("pg_ctl", ["-D", this.dataDir, "-o", options, "-l", path.join(this.dir, "log"), "-w", "start"]);
  }

  /** Stops the server: "immediate" is a crash for clients (connections cut), "fast" a clean shutdown. */
  stop(mode: "immediate" | "fast" = "immediate"): void {
    this.asPostgres("pg_ctl", ["-D", this.dataDir, "-m", mode, "-w", "stop"]);
  }

  private pids(): number[] {
    const postmaster = Number(fs.readFileSync(path.join(this.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const children = execFileSync("pgrep", ["-P", String(postmaster)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
    return [postmaster, ...children];
  }

  /** Freezes every process of the cluster (SIGSTOP): connections stay open and nothing answers. */
  freeze(): void {
    for (const pid of this.pids()) process.kill(pid, "SIGSTOP");
  }

  thaw(): void {
    for (const pid of this.pids()) process.kill(pid, "SIGCONT");
  }

  destroy(): void {
    try {
      this.thaw();
      this.stop("immediate");
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
