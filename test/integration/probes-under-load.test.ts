import { spawn } from "node:child_process";
import { generateDataset } from "../../src/dataset/generated-dataset";
import { serverForSuite } from "../support/test-server";

const HEAVY = JSON.stringify({
  query: `{ projects(first: 100, filter: { beneficiaryState: "CO" }) { totalCount nodes { code title region { name } beneficiaryStates { code name } relatedNews(first: 5) { title } } } }`,
});

// 32 clients sending HEAVY without pause, printing the number of answers now and then.
const LOAD = `
  const [url, body] = process.argv.slice(1);
  let answered = 0;
  setInterval(() => console.log(answered), 200);
  for (let client = 0; client < 32; client += 1) {
    (async () => {
      for (;;) {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        await response.arrayBuffer();
        answered += 1;
      }
    })();
  }`;

// Probes each URL given, 20 rounds 50 ms apart, after the load has started; prints statuses and times as JSON.
const PROBE = `
  const urls = process.argv.slice(1);
  (async () => {
    const timings = Object.fromEntries(urls.map((url) => [url, { statuses: [], milliseconds: [] }]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let round = 0; round < 20; round += 1) {
      for (const url of urls) {
        const started = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        timings[url].statuses.push(response.status);
        timings[url].milliseconds.push(performance.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(JSON.stringify(timings));
  })();`;

describe("probes while the service is busy", () => {
  const api = serverForSuite({ dataset: generateDataset(500, 1_000), probePort: 0 });

  it("answers /health/live and /health/ready on the probe port in milliseconds under 32 concurrent GraphQL clients", async () => {
    // The load comes from another process, as it would: clients in this one would slow the probes' own requests.
    const load = spawn(process.execPath, ["-e", LOAD, api.server.url, HEAVY], { stdio: ["ignore", "pipe", "inherit"] });
    let answered = 0;
    load.stdout.on("data", (chunk: Buffer) => (answered = Number(chunk.toString().trim().split("\n").pop())));
    const probeUrl = api.server.probeUrl!;
    const paths = [`${probeUrl}/health/live`, `${probeUrl}/health/ready`];
    // The probes come from another process too: this one runs the server, busy with the load.
    const prober = spawn(process.execPath, ["-e", PROBE, ...paths], { stdio: ["ignore", "pipe", "inherit"] });
    let printed = "";
    prober.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await new Promise((resolve) => prober.on("exit", resolve));
    const timings = JSON.parse(printed) as Record<string, { statuses: number[]; milliseconds: number[] }>;
    load.kill();
    await new Promise((resolve) => load.on("exit", resolve));
    const summary = Object.entries(timings).map(([path, { statuses, milliseconds }]) => {
      const sorted = [...milliseconds].sort((a, b) => a - b);
      expect({ path, statuses: [...new Set(statuses)] }).toEqual({ path, statuses: [200] });
      return { path, p50: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
    });
    console.log(
      `Probes during ${answered} GraphQL answers to 32 clients:\n${summary.map(({ path, p50, max }) => `  ${path}: p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`).join("\n")}`,
    );
    for (const { path, p50, max } of summary) {
      expect({ path, p50: p50 < 50, max: max < 500 }).toEqual({ path, p50: true, max: true });
    }
  }, 60_000);
});
