import { Worker } from "node:worker_threads";
import type { Probes, ReadinessAnswer } from "./probes";

/** Slots of the memory shared with the probe thread. */
const HEARTBEAT = 0;
const CHECKED_AT = 1;
const STATE = 2;
const STATES: ReadonlyArray<ReadinessAnswer["body"]["status"]> = ["ready", "stopping", "database unavailable", "migrations not current"];

/** How often the main thread says it is alive, and checks readiness for the probe thread. */
const HEARTBEAT_MS = 200;
const READINESS_CHECK_MS = 1_000;

export interface ProbePort {
  url: string;
  /** Checks readiness now rather than at the next tick (when stopping begins). */
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The probe server's code, run in a thread of its own: it answers from the shared memory alone, so
 * its answers take milliseconds however busy the main thread is. Live while the main thread's
 * heartbeat is recent (a main thread stuck for seconds is not live); ready while the main thread's
 * last readiness check, a moment ago, said so. Self-contained: it runs from its source text.
 */
function serveProbes(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const http = require("node:http") as typeof import("node:http");
  const { parentPort, workerData } = require("node:worker_threads") as typeof import("node:worker_threads");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { shared, host, port, states, staleMs } = workerData as {
    shared: SharedArrayBuffer;
    host: string;
    port: number;
    states: string[];
    staleMs: number;
  };
  const slots = new Float64Array(shared);
  const server = http.createServer((request, response) => {
    const now = Date.now();
    const silentFor = now - slots[0]!;
    const send = (status: number, body: object) => {
      response
        .writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
        .end(JSON.stringify(body));
    };
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/health/live") {
      if (silentFor < staleMs) send(200, { status: "live" });
      else send(503, { status: "not live", detail: `the main thread has not answered for ${Math.round(silentFor)} ms` });
    } else if (path === "/health/ready" || path === "/health") {
      const state = states[slots[2]!] ?? "not checked yet";
      const checkedFor = now - slots[1]!;
      if (state === "ready" && checkedFor < staleMs && silentFor < staleMs) send(200, { status: "ready" });
      else
        send(503, { status: state === "ready" ? "not checked recently" : state, detail: `last checked ${Math.round(checkedFor)} ms ago` });
    } else {
      send(404, { errors: [{ message: "Probes are /health/live and /health/ready", extensions: { code: "NOT_FOUND" } }] });
    }
  });
  server.listen(port, host, () => parentPort!.postMessage((server.address() as import("node:net").AddressInfo).port));
  parentPort!.on("message", () => server.close(() => parentPort!.close()));
}

/**
 * Starts the probe server on its own port and thread, fed by the main thread's heartbeat and
 * readiness checks (see serveProbes).
 */
export async function startProbePort(probes: Probes, port: number, host: string): Promise<ProbePort> {
  const shared = new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT);
  const slots = new Float64Array(shared);
  slots[STATE] = -1;
  const beat = () => void (slots[HEARTBEAT] = Date.now());
  const check = async () => {
    const answer = await probes.ready();
    slots[STATE] = STATES.indexOf(answer.body.status);
    slots[CHECKED_AT] = Date.now();
  };
  beat();
  await check();
  const heartbeat = setInterval(beat, HEARTBEAT_MS);
  const readiness = setInterval(() => void check(), READINESS_CHECK_MS);
  heartbeat.unref();
  readiness.unref();
  const worker = new Worker(`(${serveProbes.toString()})()`, {
    eval: true,
    workerData: { shared, host, port, states: STATES, staleMs: 5_000 },
  });
  const boundPort = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    url: `http://${host}:${boundPort}`,
    refresh: check,
    async stop() {
      clearInterval(heartbeat);
      clearInterval(readiness);
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("stop");
      await exited;
    },
  };
}
