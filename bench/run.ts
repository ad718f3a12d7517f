import "reflect-metadata";
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
import { benchmarkCompression } from "./compression";
import { benchmarkExports } from "./export";
import { CONNECTIONS, residentMegabytes, throughputByConnections } from "./load";
import { failedNote, tableLine } from "./table";

// `npm run bench`: figures, not pass/fail, at the Fund's scale and beyond: 20,000 projects and 50,000
// news releases (BENCH_PROJECTS, BENCH_NEWS to change it; BENCH_SECONDS for each load, 5 by default).
// Latency from sequential requests; throughput from another process sending CONNECTIONS requests at a
// time, as clients would, asking for answers as they are; then the headline view by content coding.
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const NEWS = Number(process.env.BENCH_NEWS ?? 50_000);
const SEQUENTIAL_REQUESTS = 100;

const PROJECT_FIELDS = `code title budgetUsd region { name } beneficiaryStates { code name }`;
const HEADLINE = "Q1-100 headline: active CO projects + region, states, 5 news";
const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  [HEADLINE]: {
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
      headers: { "content-type": "application/json", "accept-encoding": "identity" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  };

  const columns = ["SQL/req", "max rows", "p50 ms", "p95 ms", ...CONNECTIONS.map((connections) => `req/s c${connections}`), "RSS MB"];
  console.log(`\n${tableLine("query", columns)}`);
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
    const load = await throughputByConnections(server.url, body, "identity", process.pid);
    const cells = [
      String(rows.length),
      String(Math.max(0, ...rows)),
      percentile(latencies, 0.5).toFixed(1),
      percentile(latencies, 0.95).toFixed(1),
      ...load.perSecond.map((perSecond) => perSecond.toFixed(0)),
      load.rssMb.toFixed(0),
    ];
    console.log(`${tableLine(name, cells)}${failedNote(load.failed)}`);
  }
  await benchmarkCompression(server.url, JSON.stringify(QUERIES[HEADLINE]), process.pid);
  await benchmarkExports(server.url, () => residentMegabytes(process.pid));
  await server.stop(0);
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
