import "reflect-metadata";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { SAMPLE_PAGES_DIR } from "../src/paths";
import { openDatabase, type Database } from "../src/db/database";
import { prepareDatabase } from "../src/db/prepare";
import { importFiles } from "../src/import/import-files";
import { parsePage } from "../src/import/page-parser";
import { buildServiceSchema } from "../src/graph/schema";
import { createLogger } from "../src/operations/logger";
import { startServer } from "../src/http/server";
import { generateDataset, insertDataset } from "../src/dataset/generated-dataset";
import { benchmarkExports } from "./export";

// `npm run bench`: figures, not pass/fail, at the Fund's scale and beyond: 20,000 projects and 50,000
// news releases (BENCH_PROJECTS, BENCH_NEWS to change it). Latency from sequential requests; throughput
// from another process sending CONNECTIONS requests at a time, as clients would.
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const NEWS = Number(process.env.BENCH_NEWS ?? 50_000);
const SEQUENTIAL_REQUESTS = 100;
const LOAD_SECONDS = 5;
const CONNECTIONS = [1, 16];

const PROJECT_FIELDS = `code title budgetUsd region { name } beneficiaryStates { code name }`;
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "Q1-100 headline: active CO projects + region, states, 5 news": {
    query: `{ projects(first: 100, filter: { status: ACTIVE, beneficiaryState: "CO" }) { nodes { ${PROJECT_FIELDS} relatedNews(first: 5) { title } } } }`,
  },
  "Q2 100 largest budgets, states in 3 languages": {
    query: `{ projects(first: 100, orderBy: [{ field: BUDGET, direction: DESC }]) { nodes { code title budgetUsd region { fr: name(locale: FR) en: name(locale: EN) es: name(locale: ES) } beneficiaryStates { code fr: name(locale: FR) en: name(locale: EN) es: name(locale: ES) } otherBenefitingCountries { code fr: name(locale: FR) en: name(locale: EN) es: name(locale: ES) } } } }`,
  },
  "Q3 one project by code": {
    query: `{ project(code: "PO.0201") { code primaId title status projectType coverage budgetUsd allocationYear startYear endYear region { name } beneficiaryStates { code name } } }`,
  },
  "fan-out: 30 countries → 5 projects → states → region": {
    query: `{ memberStates(first: 30) { nodes { code projects(first: 5) { totalCount nodes { code beneficiaryStates { code region { name } } } } } } }`,
  },
  "search: two French words, 20 hits": {
    query: `{ search(query: "retour réintégration", first: 20) { totalCount nodes { score snippet item { ... on Project { code title } ... on NewsArticle { id title } } } } }`,
  },
  "search: one word, 20 hits": {
    query: `{ search(query: "migration", first: 20) { totalCount nodes { score snippet item { ... on Project { code title } ... on NewsArticle { id title } } } } }`,
  },
  "filters, budget order, totalCount": {
    query: `{ projects(filter: { region: ["LAC", "AFR"], budgetUsd: { min: "100000" }, activeDuring: 2020 }, orderBy: [{ field: BUDGET, direction: DESC }], first: 50) { totalCount nodes { code budgetUsd } } }`,
  },
  "projectStats: region × state": { query: `{ projectStats(groupBy: [REGION, BENEFICIARY_STATE]) { count budgetSum budgetAvg } }` },
  "_entities: 100 projects": {
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { code title region { code } beneficiaryStates { code } } } }`,
  },
};

// Sends the body to the URL from as many connections as asked, for LOAD_SECONDS; prints answers and non-2xx.
const LOAD = `
  const [url, body, connections, seconds] = process.argv.slice(1);
  const until = Date.now() + Number(seconds) * 1000;
  let answered = 0, failed = 0;
  Promise.all(Array.from({ length: Number(connections) }, async () => {
    while (Date.now() < until) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      const text = await response.text();
      if (response.ok && !text.includes('"errors"')) answered += 1; else failed += 1;
    }
  })).then(() => console.log(JSON.stringify({ answered, failed })));`;

async function throughput(
  url: string,
  body: string,
  connections: number,
  serverPid: number,
): Promise<{ perSecond: number; failed: number; rssMb: number }> {
  const child = spawn(process.execPath, ["-e", LOAD, url, body, String(connections), String(LOAD_SECONDS)], {
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

function residentMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

async function openBenchDatabase(): Promise<Database> {
  const config = loadConfig();
  const db = await openDatabase(config.database.kind === "postgres" ? config.database : { kind: "pglite", dataDir: null });
  await prepareDatabase(db);
  if ((await db.prisma.project.count()) > 0)
    throw new Error("The benchmark needs an empty database: point DATABASE_URL at a throwaway one.");
  return db;
}

async function main(): Promise<void> {
  console.log(`Node ${process.version} (${process.execPath}), ${os.cpus().length} CPUs`);
  const samplesDir = SAMPLE_PAGES_DIR;
  const samples = fs.readdirSync(samplesDir).map((file) => [file, fs.readFileSync(path.join(samplesDir, file), "utf8")] as const);
  const parseRounds = 400;
  let started = performance.now();
  for (let round = 0; round < parseRounds; round += 1) for (const [file, text] of samples) parsePage(file, text);
  const parseMs = performance.now() - started;
  console.log(
    `Parsing: ${((parseRounds * samples.length) / (parseMs / 1000)).toFixed(0)} pages/s (${(parseMs / (parseRounds * samples.length)).toFixed(3)} ms a page)`,
  );

  const db = await openBenchDatabase();
  console.log(`Database: ${db.kind}`);
  started = performance.now();
  await importFiles(db.prisma, [samplesDir]);
  const importMs = performance.now() - started;
  started = performance.now();
  await importFiles(db.prisma, [samplesDir]);
  const reimportMs = performance.now() - started;
  console.log(
    `Import of the 5 sample pages: ${importMs.toFixed(0)} ms first time, ${reimportMs.toFixed(0)} ms again (unchanged, nothing written)`,
  );

  started = performance.now();
  const dataset = generateDataset(PROJECTS, NEWS);
  await insertDataset(db.prisma, dataset);
  console.log(`Generated dataset: ${PROJECTS} projects, ${NEWS} news in ${(performance.now() - started).toFixed(0)} ms`);
  QUERIES["_entities: 100 projects"]!.variables = {
    r: dataset.projects.slice(0, 100).map((project) => ({ __typename: "Project", code: project.code })),
  };

  const server = await startServer({ database: db, schema: await buildServiceSchema(), logger: createLogger("warn") }, 0);
  const send = async (name: string) => {
    const { query, variables } = QUERIES[name]!;
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  };

  const columns = ["SQL/req", "max rows", "p50 ms", "p95 ms", ...CONNECTIONS.map((connections) => `req/s c${connections}`), "RSS MB"];
  console.log(`\n${"query".padEnd(58)} ${columns.map((column) => column.padStart(10)).join(" ")}`);
  for (const name of Object.keys(QUERIES)) {
    await send(name);
    const before = db.statements.total;
    await send(name);
    const rows = db.statements.rowsSince(before);
    const latencies: number[] = [];
    for (let index = 0; index < SEQUENTIAL_REQUESTS; index += 1) {
      const start = performance.now();
      await send(name);
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    const body = JSON.stringify(QUERIES[name]);
    const loads = [];
    for (const connections of CONNECTIONS) loads.push(await throughput(server.url, body, connections, process.pid));
    const failures = loads.reduce((sum, load) => sum + load.failed, 0);
    const cells = [
      String(rows.length),
      String(Math.max(0, ...rows)),
      percentile(latencies, 0.5).toFixed(1),
      percentile(latencies, 0.95).toFixed(1),
      ...loads.map((load) => load.perSecond.toFixed(0)),
      Math.max(...loads.map((load) => load.rssMb)).toFixed(0),
    ];
    console.log(`${name.padEnd(58)} ${cells.map((cell) => cell.padStart(10)).join(" ")}${failures ? `  (${failures} failed)` : ""}`);
  }
  await benchmarkExports(server.url, () => residentMegabytes(process.pid));
  await server.stop(0);
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
