import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import { parse } from "graphql";
import { Client } from "pg";
import { DEFAULT_POSTGRES_LIMITS } from "../../src/config";
import { openDatabase, type Database } from "../../src/db/database";
import { prepareDatabase } from "../../src/db/prepare";
import { importFiles } from "../../src/import/import-files";
import { createLogger } from "../../src/operations/logger";
import { RedisKeyValueCache } from "../../src/operations/redis-cache";
import { buildServiceSchema } from "../../src/graph/schema";
import { SCHEMA_FILE } from "../../src/scripts/print-schema";
import { startServer, type RunningServer } from "../../src/http/server";
import { FUNDING_TYPE_DEFS, startFundingSubgraph } from "../support/funding-subgraph";
import { canRunThrowawayPostgres, ThrowawayPostgres } from "../support/throwaway-postgres";
import { SAMPLE_PAGES } from "../support/sample-pages";

process.env.APOLLO_TELEMETRY_DISABLED = "1";
const REDIS_URL = "redis://127.0.0.1:6379";

const redisAnswers = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(6379, "127.0.0.1", () => resolve(socket.end() && true));
    socket.on("error", () => resolve(false));
  });

/** A database on a PostgreSQL server both instances reach: the one of DATABASE_URL, else a cluster of the test's own. */
async function sharedPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const cluster = process.env.DATABASE_URL ? null : await ThrowawayPostgres.create();
  const serverUrl = process.env.DATABASE_URL ?? cluster!.url();
  const name = `iom_scale_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      cluster?.destroy();
    },
  };
}

const canRun = process.env.DATABASE_URL || canRunThrowawayPostgres ? describe : describe.skip;

canRun("two instances on one PostgreSQL, behind the gateway, sharing persisted queries through Redis", () => {
  let postgres: Awaited<ReturnType<typeof sharedPostgres>>;
  const instances: Array<{ db: Database; server: RunningServer; cache: RedisKeyValueCache }> = [];
  let funding: Awaited<ReturnType<typeof startFundingSubgraph>>;
  let gateway: ApolloServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    if (!(await redisAnswers())) throw new Error(`Redis does not answer at ${REDIS_URL}: start it (redis-server) to run this test`);
    postgres = await sharedPostgres();
    const schema = await buildServiceSchema();
    for (let index = 0; index < 2; index += 1) {
      const db = await openDatabase({ kind: "postgres", url: postgres.url, ...DEFAULT_POSTGRES_LIMITS });
      await prepareDatabase(db);
      if (index === 0) await importFiles(db.prisma, [SAMPLE_PAGES]);
      const cache = await RedisKeyValueCache.connect(REDIS_URL, createLogger("silent"));
      instances.push({ db, cache, server: await startServer({ database: db, schema, cache, logger: createLogger("silent") }, 0) });
    }
    funding = await startFundingSubgraph();
    const composition = composeServices([
      { name: "iom", url: instances[0]!.server.url, typeDefs: parse(await fs.readFile(SCHEMA_FILE, "utf8")) },
      { name: "funding", url: funding.url, typeDefs: FUNDING_TYPE_DEFS },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join("\n"));
    let turn = 0;
    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: composition.supergraphSdl,
        buildService: ({ name, url }) =>
          new RemoteGraphQLDataSource({
            url,
            // A load balancer in front of the two instances: each request to "iom" goes to the next one.
            willSendRequest: ({ request }) => {
              if (name === "iom" && request.http) (request.http as { url: string }).url = instances[turn++ % instances.length]!.server.url;
            },
          }),
      }),
    });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: "127.0.0.1" } })).url;
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await funding?.stop();
    for (const { server, db, cache } of instances) {
      await server.stop(0);
      await db.close();
      await cache.close();
    }
    await postgres?.drop();
  });

  it("serves a mixed workload through the gateway from both instances, every answer right", async () => {
    const queries = [
      [`{ project(code: "PO.0201") { code title fundingRounds { year } } }`, (data: any) => data.project.fundingRounds.length === 2],
      [
        `{ projects(filter: { beneficiaryState: "CO" }) { totalCount nodes { code region { code } } } }`,
        (data: any) => data.projects.totalCount === 2,
      ],
      [`{ donors { name fundedProjects { code status } } }`, (data: any) => data.donors[1].fundedProjects.length === 3],
      [`{ memberState(code: "CO") { name donorCount projects { nodes { code } } } }`, (data: any) => data.memberState.donorCount === 1],
      [`{ search(query: "traite") { totalCount } }`, (data: any) => data.search.totalCount >= 1],
    ] as const;
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const [query, check] = queries[index % queries.length]!;
        const response = await fetch(gatewayUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        return response.status === 200 && !body.errors && check(body.data as never);
      }),
    );
    expect(answers.filter((right) => !right)).toHaveLength(0);
    const served = await Promise.all(
      instances.map(
        async ({ server }) =>
          (await server.metrics.registry.getSingleMetricAsString("iom_graphql_requests_total"))
            .match(/ (\d+)$/gm)
            ?.reduce((sum, value) => sum + Number(value), 0) ?? 0,
      ),
    );
    expect(served.every((count) => count >= 10)).toBe(true);
    console.log(`Through the gateway: 40 mixed requests right; requests served by each instance: ${served.join(" and ")}`);
  });

  it("answers on one instance a persisted query registered on the other", async () => {
    const query = `{ regions { code } register_${randomUUID().replace(/-/g, "")}: regions { code } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const send = (url: string, body: object) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        (response) => response.json() as Promise<any>,
      );
    expect((await send(instances[1]!.server.url, { extensions })).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await send(instances[0]!.server.url, { query, extensions })).data.regions).toHaveLength(6);
    expect((await send(instances[1]!.server.url, { extensions })).data.regions).toHaveLength(6);
  });
});
