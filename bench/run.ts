import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { openDatabase, type Database } from "../src/db/database";
import { prepareDatabase } from "../src/db/prepare";
import { importFiles } from "../src/import/import-files";
import { parsePage } from "../src/import/page-parser";
import { buildServiceSchema } from "../src/schema";
import { createLogger } from "../src/logger";
import { startServer } from "../src/server";
import { generateDataset, insertDataset } from "./dataset";

// `npm run bench`: figures, not pass/fail. Bounded: a few thousand requests on loopback, about a minute.
const PROJECTS = 2000;
const NEWS = 500;
const SEQUENTIAL_REQUESTS = 200;
const CONCURRENT_REQUESTS = 400;
const CONCURRENCY = 8;

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "project by code": { query: `{ project(code: "PO.0201") { code title status budgetUsd region { name } } }` },
  "headline: projects for CO, 100 nested": {
    query: `{ projects(first: 100, filter: { beneficiaryState: "CO" }) { totalCount nodes { code title status budgetUsd projectType region { name } beneficiaryStates { code name } otherBenefitingCountries { code } relatedNews(first: 5) { title } } } }`,
  },
  "country view: CO projects, 100 nested": {
    query: `{ memberState(code: "CO") { name projects(first: 100, filter: { status: COMPLETED }) { totalCount nodes { code title region { name } beneficiaryStates { code } } } } }`,
  },
  "search: one word, 20 hits": { query: `{ search(query: "migration", first: 20) { totalCount nodes { score snippet item { ... on Project { code } ... on NewsArticle { id } } } } }` },
  "projects: filters, budget order": {
    query: `{ projects(filter: { region: ["LAC", "AFR"], budgetUsd: { min: "100000" }, activeDuring: 2020 }, orderBy: [{ field: BUDGET, direction: DESC }], first: 50) { totalCount nodes { code budgetUsd } } }`,
  },
  "projectStats: region x state": { query: `{ projectStats(groupBy: [REGION, BENEFICIARY_STATE]) { count budgetSum budgetAvg } }` },
  "_entities: 50 projects": {
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { code title beneficiaryStates { code } } } }`,
  },
};

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

async function openBenchDatabase(): Promise<Database> {
  const config = loadConfig();
  const db = await openDatabase(config.database.kind === "postgres" ? config.database : { kind: "pglite", dataDir: null });
  await prepareDatabase(db);
  if ((await db.prisma.project.count()) > 0) throw new Error("The benchmark needs an empty database: point DATABASE_URL at a throwaway one.");
  return db;
}

async function main(): Promise<void> {
  const samplesDir = path.join(__dirname, "..", "..", "data", "pages");
  const samples = fs.readdirSync(samplesDir).map((file) => [file, fs.readFileSync(path.join(samplesDir, file), "utf8")] as const);
  const parseRounds = 400;
  let started = performance.now();
  for (let round = 0; round < parseRounds; round += 1) for (const [file, text] of samples) parsePage(file, text);
  const parseMs = performance.now() - started;
  console.log(`Parsing: ${((parseRounds * samples.length) / (parseMs / 1000)).toFixed(0)} pages/s (${(parseMs / (parseRounds * samples.length)).toFixed(3)} ms a page)`);

  const db = await openBenchDatabase();
  console.log(`Database: ${db.kind}`);
  started = performance.now();
  await importFiles(db.prisma, [samplesDir]);
  const importMs = performance.now() - started;
  started = performance.now();
  await importFiles(db.prisma, [samplesDir]);
  const reimportMs = performance.now() - started;
  console.log(`Import of the 5 sample pages: ${importMs.toFixed(0)} ms first time, ${reimportMs.toFixed(0)} ms again (unchanged, nothing written)`);

  started = performance.now();
  const dataset = generateDataset(PROJECTS, NEWS);
  await insertDataset(db.prisma, dataset);
  console.log(`Generated dataset: ${PROJECTS} projects, ${NEWS} news in ${(performance.now() - started).toFixed(0)} ms`);
  QUERIES["_entities: 50 projects"]!.variables = { r: dataset.projects.slice(0, 50).map((project) => ({ __typename: "Project", code: project.code })) };

  const server = await startServer({ database: db, schema: await buildServiceSchema(), logger: createLogger("warn") }, 0);
  const send = async (name: string) => {
    const { query, variables } = QUERIES[name]!;
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
  };

  console.log(`\n${"query".padEnd(40)} ${"SQL/req".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"req/s x" + CONCURRENCY}`);
  for (const name of Object.keys(QUERIES)) {
    await send(name);
    const before = db.statements.total;
    await send(name);
    const statements = db.statements.total - before;
    const latencies: number[] = [];
    for (let index = 0; index < SEQUENTIAL_REQUESTS; index += 1) {
      const start = performance.now();
      await send(name);
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    const concurrentStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CONCURRENT_REQUESTS) {
          next += 1;
          await send(name);
        }
      }),
    );
    const throughput = CONCURRENT_REQUESTS / ((performance.now() - concurrentStart) / 1000);
    console.log(
      `${name.padEnd(40)} ${String(statements).padStart(8)} ${percentile(latencies, 0.5).toFixed(1).padStart(8)} ${percentile(latencies, 0.95).toFixed(1).padStart(8)} ${throughput.toFixed(0).padStart(9)}`,
    );
  }
  await server.stop();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
