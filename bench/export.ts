import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { tableLine, type TableWidths } from "./table";

// Reads an export from another process, as a client would, asking for a content coding: counts the
// bytes on the wire and, decoded, the bytes of the file.
const READ = `
  const [url, acceptEncoding] = process.argv.slice(1);
  const http = require("node:http"), zlib = require("node:zlib"), { PassThrough } = require("node:stream");
  http.get(url, { headers: { "accept-encoding": acceptEncoding } }, (response) => {
    const coding = response.headers["content-encoding"] ?? "identity";
    const decoder = coding === "br" ? zlib.createBrotliDecompress() : coding === "gzip" ? zlib.createGunzip() : new PassThrough();
    let wire = 0, bytes = 0;
    response.on("data", (chunk) => (wire += chunk.length));
    decoder.on("data", (chunk) => (bytes += chunk.length));
    decoder.on("end", () =>
      console.log(JSON.stringify({ status: response.statusCode, coding, total: Number(response.headers["x-total-count"]), wire, bytes })));
    response.pipe(decoder);
  });`;

const EXPORTS = ["projects.csv", "projects.ndjson", "projects.json", "news.csv", "news.ndjson", "news.json"];
const CODINGS = ["identity", "gzip", "br"];
// A second round shows where memory settles: V8 keeps the heap it grew to, so one round alone climbs.
const ROUNDS = 2;
const WIDTHS: TableWidths = { label: 26, cell: 11 };
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Exports whole lists through the running service, as they are and compressed, and prints rows per
 * second, the megabytes of the file and on the wire, and the service's resident memory before and at
 * its peak during each export: flat memory is what shows that rows are streamed, not gathered.
 */
export async function benchmarkExports(baseUrl: string, residentMegabytes: () => number): Promise<void> {
  console.log(`\n${tableLine("export", ["rows", "MB", "wire MB", "seconds", "rows/s", "RSS before", "RSS peak"], WIDTHS)}`);
  const runs = EXPORTS.flatMap((name) => CODINGS.map((acceptEncoding) => ({ name, acceptEncoding })));
  for (const { name, acceptEncoding } of Array.from({ length: ROUNDS }, () => runs).flat()) {
    const before = residentMegabytes();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentMegabytes())), 50);
    const started = performance.now();
    const child = spawn(process.execPath, ["-e", READ, new URL(`/export/${name}`, baseUrl).toString(), acceptEncoding], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await new Promise((resolve) => child.on("exit", resolve));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const { status, coding, total, wire, bytes } = JSON.parse(printed) as {
      status: number;
      coding: string;
      total: number;
      wire: number;
      bytes: number;
    };
    if (status !== 200) throw new Error(`${name}: HTTP ${status}`);
    if (coding !== acceptEncoding) throw new Error(`${name}: asked for ${acceptEncoding}, sent in ${coding}: is COMPRESSION off?`);
    const cells = [
      String(total),
      megabytes(bytes),
      megabytes(wire),
      seconds.toFixed(1),
      (total / seconds).toFixed(0),
      before.toFixed(0),
      peak.toFixed(0),
    ];
    console.log(tableLine(`${name} ${acceptEncoding}`, cells, WIDTHS));
  }
}
