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
import { startServiceProcess } from "./service-process";
import { failedNote, tableLine } from "./table";

// `npm run bench`: figures, not pass/fail, at the Fund's scale and beyond: 20,000 projects and 50,000
// news releases (BENCH_PROJECTS, BENCH_NEWS to change it; BENCH_SECONDS for each load, 5 by default).
// Statements, rows and latency from sequential requests to a server in this process, where statements
// are counted; throughput and memory from the service started as its own process (as `npm start` runs
// it) on the same data, loaded by another process sending CONNECTIONS requests at a time, as clients
// would, asking for answers as they are; then the headline view by content coding, then exports.
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

/** How the service process reaches the database the benchmark fills. */
type ServiceDatabase = { DATABASE_URL: string } | { PGLITE_DATA_DIR: string };

/**
 * An empty database to fill: the one DATABASE_URL names, or an embedded one in a folder of its own, so
 * that the service can open it again as its own process once the benchmark has closed it.
 */
async function openBenchDatabase(): Promise<{ db: Database; serviceDatabase: ServiceDatabase; cleanUp(): void }> {
  const config = loadConfig();
  const folder = config.database.kind === "pglite" ? fs.mkdtempSync(path.join(os.tmpdir(), "iom-bench-")) : null;
  const dataDir = folder && path.join(folder, "pglite");
  const db = await openDatabase(config.database.kind === "postgres" ? config.database : { kind: "pglite", dataDir });
  await prepareDatabase(db);
  if ((await db.prisma.project.count()) > 0)
    throw new Error("The benchmark needs an empty database: point DATABASE_URL at a throwaway one.");
  return {
    db,
    serviceDatabase: config.database.kind === "postgres" ? { DATABASE_URL: config.database.url } : { PGLITE_DATA_DIR: dataDir! },
    cleanUp: () => folder && fs.rmSync(folder, { recursive: true, force: true }),
  };
}

interface StatementFigures {
  statements: number;
  maxRows: number;
  p50: number;
  p95: number;
}

async function post(url: string, name: string): Promise<void> {
  const { query, variables } = QUERIES[name]!;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-encoding": "identity" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
}

/** Statements and rows a request of each query sends, counted where the statements run, and its latency, one request at a time. */
async function measureStatements(db: Database): Promise<Map<string, StatementFigures>> {
  const server = await startServer({ database: db, schema: await buildServiceSchema(), logger: createLogger("warn") }, 0);
  const figures = new Map<string, StatementFigures>();
  for (const name of Object.keys(QUERIES)) {
    await post(server.url, name);
    const before = db.statements.total;
    await post(server.url, name);
    const rows = db.statements.rowsSince(before);
    const latencies: number[] = [];
    for (let index = 0; index < SEQUENTIAL_REQUESTS; index += 1) {
      const start = performance.now();
      await post(server.url, name);
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    figures.set(name, {
      statements: rows.length,
      maxRows: Math.max(0, ...rows),
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
    });
  }
  await server.stop(0);
  return figures;
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

  const { db, serviceDatabase, cleanUp } = await openBenchDatabase();
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
  const statements = await measureStatements(db);
  await db.close();

  // Load and memory are the service's own: it runs as `npm start` runs it, in a process of its own.
  const service = await startServiceProcess(serviceDatabase);
  console.log(`Service process (production) ready, resident memory ${residentMegabytes(service.pid).toFixed(0)} MB`);
  const columns = ["SQL/req", "max rows", "p50 ms", "p95 ms", ...CONNECTIONS.map((connections) => `req/s c${connections}`), "RSS MB"];
  console.log(`\n${tableLine("query", columns)}`);
  for (const [name, figures] of statements) {
    await post(service.url, name);
    const load = await throughputByConnections(service.url, JSON.stringify(QUERIES[name]), "identity", service.pid);
    const cells = [
      String(figures.statements),
      String(figures.maxRows),
      figures.p50.toFixed(1),
      figures.p95.toFixed(1),
      ...load.perSecond.map((perSecond) => perSecond.toFixed(0)),
      load.rssMb.toFixed(0),
    ];
    console.log(`${tableLine(name, cells)}${failedNote(load.failed)}`);
  }
  await benchmarkCompression(service.url, JSON.stringify(QUERIES[HEADLINE]), service.pid);
  await benchmarkExports(service.url, () => residentMegabytes(service.pid));
  await service.stop();
  cleanUp();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
