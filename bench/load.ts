import { spawn } from "node:child_process";
import fs from "node:fs";

/** Seconds each throughput measurement lasts: BENCH_SECONDS, 5 by default (1 is enough to see that a run works). */
export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = [1, 16];

// Sends the body with the headers to the URL from as many connections as asked, for as many seconds;
// prints answers and non-2xx. fetch decodes what it is sent compressed, as a client would.
const LOAD = `
  const [url, body, headers, connections, seconds] = process.argv.slice(1);
  const until = Date.now() + Number(seconds) * 1000;
  let answered = 0, failed = 0;
  Promise.all(Array.from({ length: Number(connections) }, async () => {
    while (Date.now() < until) {
      const response = await fetch(url, { method: "POST", headers: JSON.parse(headers), body });
      const text = await response.text();
      if (response.ok && !text.includes('"errors"')) answered += 1; else failed += 1;
    }
  })).then(() => console.log(JSON.stringify({ answered, failed })));`;

export function residentMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

/** Requests a second from another process, `connections` at a time, and the service's peak resident memory meanwhile. */
async function throughput(
  url: string,
  body: string,
  acceptEncoding: string,
  connections: number,
  serverPid: number,
): Promise<{ perSecond: number; failed: number; rssMb: number }> {
  const headers = JSON.stringify({ "content-type": "application/json", "accept-encoding": acceptEncoding });
  const child = spawn(process.execPath, ["-e", LOAD, url, body, headers, String(connections), String(LOAD_SECONDS)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let printed = "";
  let rssMb = 0;
  const sampler = setInterval(() => (rssMb = Math.max(rssMb, residentMegabytes(serverPid))), 200);
  child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(sampler);
  const { answered, failed } = JSON.parse(printed) as { answered: number; failed: number };
  return { perSecond: answered / LOAD_SECONDS, failed, rssMb };
}

/**
 * Requests a second at each number of CONNECTIONS in turn, with the failures and the service's peak
 * resident memory across them. `acceptEncoding` is sent as it is: "identity" for answers as they are
 * (fetch would otherwise ask for gzip).
 */
export async function throughputByConnections(
  url: string,
  body: string,
  acceptEncoding: string,
  serverPid: number,
): Promise<{ perSecond: number[]; failed: number; rssMb: number }> {
  const loads = [];
  for (const connections of CONNECTIONS) loads.push(await throughput(url, body, acceptEncoding, connections, serverPid));
  return {
    perSecond: loads.map((load) => load.perSecond),
    failed: loads.reduce((sum, load) => sum + load.failed, 0),
    rssMb: Math.max(...loads.map((load) => load.rssMb)),
  };
}
