import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

// Reads an export from another process, as a client would, counting its lines and bytes.
const READ = `
  const [url] = process.argv.slice(1);
  (async () => {
    const response = await fetch(url);
    let lines = 0, bytes = 0;
    for await (const chunk of response.body) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    console.log(JSON.stringify({ status: response.status, total: Number(response.headers.get("x-total-count")), lines, bytes }));
  })();`;

const EXPORTS = ["projects.csv", "projects.ndjson", "projects.json", "news.csv", "news.ndjson", "news.json"];
// A second round shows where memory settles: V8 keeps the heap it grew to, so one round alone climbs.
const ROUNDS = 2;

/**
 * Exports whole lists through the running service and prints rows per second and the service's
 * resident memory before and at its peak during each export: flat memory is what shows that rows
 * are streamed, not gathered.
 */
export async function benchmarkExports(baseUrl: string, residentMegabytes: () => number): Promise<void> {
  console.log(
    `\n${"export".padEnd(20)} ${["rows", "MB", "seconds", "rows/s", "RSS before", "RSS peak"].map((c) => c.padStart(11)).join(" ")}`,
  );
  for (const name of Array.from({ length: ROUNDS }, () => EXPORTS).flat()) {
    const before = residentMegabytes();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMegabytes())), 50);
    const started = performance.now();
    const child = spawn(process.execPath, ["-e", READ, new URL(`/export/${name}`, baseUrl).toString()], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await new Promise((resolve) => child.on("exit", resolve));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const { status, total, bytes } = JSON.parse(printed) as { status: number; total: number; bytes: number };
    if (status !== 200) throw new Error(`${name}: HTTP ${status}`);
    const cells = [total, bytes / 1024 / 1024, seconds, total / seconds, before, peak].map((value, index) =>
      value.toFixed(index === 1 || index === 2 ? 1 : 0),
    );
    console.log(`${name.padEnd(20)} ${cells.map((cell) => cell.padStart(11)).join(" ")}`);
  }
}
