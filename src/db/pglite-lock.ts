import fs from "node:fs/promises";
import os from "node:os";

/** Who holds an embedded database: written into its lock file, read by whoever finds it taken. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** What holds it: "server" or "import". */
  role: string;
  since: string;
  /** The GraphQL URL of a server holding it, where imports can be sent instead. */
  url?: string;
}

/** The embedded database is in use by another live process; the message says which and what to do. */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder.role === "server" ? "the service" : "an import"} (process ${holder.pid} on ${holder.hostname}, since ${holder.since})` +
        (holder.url ? `, serving ${holder.url}` : "") +
        ". PGlite allows one process per data directory: " +
        (holder.role === "server"
          ? "import through the running service (`npm run import` does so by itself when it can reach it), or stop it first."
          : "wait for the import to finish, or stop it first."),
    );
  }
}

export interface PgliteLock {
  /** Records the URL the server listens on, for imports to find it. */
  announce(url: string): Promise<void>;
  release(): Promise<void>;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

async function readHolder(lockFile: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await fs.readFile(lockFile, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/** The lock of a data directory: a file beside it, `<dir>.lock`. */
export const lockFileOf = (dataDir: string) => `${dataDir.replace(/\/+$/, "")}.lock`;

/**
 * Takes the lock of an embedded database's data directory, so that one process at a time opens it
 * (a second writer would corrupt it). A lock left by a process that no longer runs on this machine
 * (a crash, kill -9) is recognised and taken over.
 */
export async function lockDataDir(dataDir: string, role: string): Promise<PgliteLock> {
  const lockFile = lockFileOf(dataDir);
  const holder: LockHolder = { pid: process.pid, hostname: os.hostname(), role, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await fs.writeFile(lockFile, JSON.stringify(holder), { flag: "wx" });
      return {
        async announce(url) {
          await fs.writeFile(lockFile, JSON.stringify({ ...holder, url }));
        },
        async release() {
          const current = await readHolder(lockFile);
          if (current?.pid === process.pid && current.hostname === holder.hostname) await fs.rm(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = await readHolder(lockFile);
    // A lock being written at this very moment reads as empty: look again rather than take it.
    if (current === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    if (current.hostname !== holder.hostname || isAlive(current.pid)) throw new DatabaseInUseError(dataDir, current);
    await setAsideStaleLock(lockFile, current);
  }
  throw new Error(`Could not take the lock ${lockFile}: it keeps changing hands; try again`);
}

/**
 * Moves a stale lock (its process is gone) out of the way, atomically: if another process took it
 * over in between, the lock moved is not the stale one and is put back.
 */
async function setAsideStaleLock(lockFile: string, stale: LockHolder): Promise<void> {
  const setAside = `${lockFile}.stale-${process.pid}`;
  try {
    await fs.rename(lockFile, setAside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readHolder(setAside);
  if (moved?.pid !== stale.pid || moved.hostname !== stale.hostname) await fs.link(setAside, lockFile).catch(() => undefined);
  await fs.rm(setAside, { force: true });
}

/** The holder of a data directory's lock, when a live process holds it. */
export async function liveHolderOf(dataDir: string): Promise<LockHolder | null> {
  const current = await readHolder(lockFileOf(dataDir));
  return current && current.hostname === os.hostname() && isAlive(current.pid) && current.pid !== process.pid ? current : null;
}
