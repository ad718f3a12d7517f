import { composeServices } from "@apollo/composition";
import { operationFromDocument, Supergraph } from "@apollo/federation-internals";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { prettyFormatQueryPlan, QueryPlanner } from "@apollo/query-planner";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import fs from "node:fs/promises";
import { parse } from "graphql";
import { SCHEMA_FILE } from "../../src/scripts/print-schema";
import { FUNDING_TYPE_DEFS, startFundingSubgraph } from "../support/funding-subgraph";
import { startTestServer, type TestServer } from "../support/test-server";

process.env.APOLLO_TELEMETRY_DISABLED = "1";

const FROM_FUNDING = `{ donors { name country { code name(locale: EN) } fundedProjects { code title status region { code } } } }`;
const FROM_OURS = `{ project(code: "PO.0201") { code title fundingRounds { year amountUsd } } memberState(code: "CO") { name donorCount projects { nodes { code } } } }`;

describe("joined into a supergraph with another team's subgraph, behind @apollo/gateway", () => {
  let iom: TestServer;
  let funding: Awaited<ReturnType<typeof startFundingSubgraph>>;
  let gateway: ApolloServer;
  let gatewayUrl: string;
  let supergraphSdl: string;
  const requestsToIom: string[] = [];

  beforeAll(async () => {
    iom = await startTestServer();
    funding = await startFundingSubgraph();
    const composition = composeServices([
      { name: "iom", url: iom.server.url, typeDefs: parse(await fs.readFile(SCHEMA_FILE, "utf8")) },
      { name: "funding", url: funding.url, typeDefs: FUNDING_TYPE_DEFS },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join("\n"));
    supergraphSdl = composition.supergraphSdl;
    expect(composition.hints.filter((hint) => /"iom"|\biom\b/.test(hint.toString()))).toEqual([]);
    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl,
        buildService: ({ name, url }) =>
          new RemoteGraphQLDataSource({
            url,
            // Gateways forward no client header by default: names follow Accept-Language only if it is passed on.
            willSendRequest: ({ request, context }) => {
              if (name === "iom") requestsToIom.push(request.query ?? "");
              const { acceptLanguage } = context as { acceptLanguage?: string };
              if (acceptLanguage) request.http?.headers.set("accept-language", acceptLanguage);
            },
          }),
      }),
    });
    gatewayUrl = (
      await startStandaloneServer(gateway, {
        listen: { port: 0, host: "127.0.0.1" },
        context: async ({ req }) => ({ acceptLanguage: req.headers["accept-language"] }),
      })
    ).url;
  });

  afterAll(async () => {
    await gateway.stop();
    await funding.stop();
    await iom.stop();
  });

  async function viaGateway(query: string, headers: Record<string, string> = {}) {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  it("fetches our projects and countries for a query that starts in the other subgraph, in one batched _entities call per plan step", async () => {
    requestsToIom.length = 0;
    let body: { data?: any; errors?: unknown[] } = {};
    const statements = await iom.countStatements(async () => {
      body = await viaGateway(FROM_FUNDING);
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.donors[1]).toEqual({
      name: "Fund B",
      country: { code: "CA", name: "Canada" },
      fundedProjects: [
        {
          code: "PO.0201",
          title: "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
          status: "ACTIVE",
          region: { code: "LAC" },
        },
        {
          code: "RR.0344",
          title: expect.stringMatching(/^Renforcement des capacités nationales/),
          status: "ACTIVE",
          region: { code: "LAC" },
        },
        { code: "PX.0220", title: "Protection et aide aux migrants dans le Pacifique", status: "ACTIVE", region: { code: "ASO" } },
      ],
    });
    // Projects and countries are fetched in parallel plan steps: one _entities request each.
    expect(requestsToIom).toHaveLength(2);
    expect(requestsToIom.every((query) => query.includes("_entities"))).toBe(true);
    // The projects with their texts, whatever the number of donors; countries and regions come from memory.
    expect(statements).toBe(1);
  });

  it("adds the other subgraph's fields to a query that starts in ours", async () => {
    const body = await viaGateway(FROM_OURS);
    expect(body.errors).toBeUndefined();
    expect(body.data.project.fundingRounds).toEqual([
      { year: 2022, amountUsd: "100000.00" },
      { year: 2023, amountUsd: "100000.00" },
    ]);
    expect(body.data.memberState).toEqual({
      name: "Colombie",
      donorCount: 1,
      projects: { nodes: [{ code: "PO.0201" }, { code: "RT.1130" }] },
    });
  });

  it("answers in the client's language when the gateway forwards Accept-Language, and an explicit locale wins", async () => {
    const query = `{ memberState(code: "CO") { name region { name } english: name(locale: EN) } }`;
    expect((await viaGateway(query, { "accept-language": "es-CO,es;q=0.9" })).data.memberState).toEqual({
      name: "Colombia",
      region: { name: "América Latina y el Caribe" },
      english: "Colombia",
    });
    expect((await viaGateway(query)).data.memberState.region).toEqual({ name: "Amérique latine et Caraïbes" });
  });

  it("plans the cross-subgraph query as a fetch from funding, then our _entities", () => {
    const supergraph = Supergraph.build(supergraphSdl);
    const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(FROM_FUNDING)));
    const printed = prettyFormatQueryPlan(plan);
    expect(printed).toMatch(/Fetch\(service: "funding"\)/);
    expect(printed).toMatch(/Flatten\(path: "donors\.@\.fundedProjects\.@"\) \{\s*Fetch\(service: "iom"\)/);
    expect(printed).toMatch(/Flatten\(path: "donors\.@\.country"\) \{\s*Fetch\(service: "iom"\)/);
    console.log(`Query plan for ${FROM_FUNDING}\n${printed}`);
  });
});
