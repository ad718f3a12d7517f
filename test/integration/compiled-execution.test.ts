import { execute, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import { CompiledExecution } from "../../src/apollo/compiled-execution";
import { ReferenceCache } from "../../src/db/reference-cache";
import { createContext } from "../../src/graph/context";
import { buildServiceSchema } from "../../src/graph/schema";
import { Metrics } from "../../src/operations/metrics";
import { serverForSuite } from "../support/test-server";

const NEWS_ID = "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28";

// Every shape of the API, and its errors: each runs through graphql-js and through its compiled
// form on the same schema, and the two answers must be the same, byte for byte once serialized.
const CORPUS: Record<string, { query: string; variables?: Record<string, unknown>; failing?: true }> = {
  headline: {
    query: `{ projects(filter: { status: ACTIVE, beneficiaryState: "CO" }) { totalCount nodes { code title budgetUsd
      region { code name(locale: EN) } beneficiaryStates { code name } otherBenefitingCountries { code } relatedNews { id title } } } }`,
  },
  "aliases, fragments, locales, edges and page info": {
    query: `query View($first: Int) { list: projects(first: $first, orderBy: [{ field: BUDGET, direction: DESC }]) {
        edges { cursor node { ...Fields fr: title(locale: FR) es: title(locale: ES) } } pageInfo { hasNextPage endCursor } } }
      fragment Fields on Project { code status coverage allocationYear startYear endYear createdAt projectType(locale: EN) description }`,
    variables: { first: 3 },
  },
  "skip and include": {
    query: `query($with: Boolean!) { project(code: "PO.0201") { code title @include(if: $with) primaId @skip(if: $with) } }`,
    variables: { with: true },
  },
  "country view with nested lists": {
    query: `{ memberState(code: "COL") { code iso3 name region { name } projects(filter: { status: ACTIVE }) { totalCount nodes { code } }
      news { totalCount nodes { id publishedAt countries { code } relatedProjects(first: 2) { code } } } } }`,
  },
  "fan-out": {
    query: `{ memberStates(first: 5) { nodes { code projects(first: 2) { nodes { code beneficiaryStates { region { code } } } } } } }`,
  },
  regions: { query: `{ regions { code name memberStates { code } projects(first: 1) { nodes { code } } } }` },
  "search, a union": {
    query: `{ search(query: "migration", first: 5) { totalCount nodes { score snippet item { __typename ... on Project { code } ... on NewsArticle { id title } } } } }`,
  },
  statistics: { query: `{ projectStats(groupBy: [REGION, PROJECT_TYPE]) { region { code } projectType count budgetSum budgetAvg } }` },
  _entities: {
    query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Project { code title } ... on MemberState { name }
      ... on Region { code } ... on NewsArticle { title } } }`,
    variables: {
      r: [
        { __typename: "Project", code: "PO.0201" },
        { __typename: "MemberState", code: "CO" },
        { __typename: "Region", code: "LAC" },
        { __typename: "NewsArticle", id: NEWS_ID },
        { __typename: "Project", code: "ZZ.0000" },
      ],
    },
  },
  _service: { query: `{ _service { sdl } }` },
  introspection: { query: `{ __schema { queryType { name } types { name kind } } __type(name: "Project") { fields { name } } }` },
  "a malformed argument": { query: `{ project(code: "not a code") { code } memberState(code: "CO") { code } }`, failing: true },
  "a bad cursor in a nested list": {
    query: `{ region(code: "LAC") { code projects(after: "forged") { nodes { code } } } }`,
    failing: true,
  },
  "a range refused in a variable filter": {
    query: `query($f: ProjectFilter) { projects(filter: $f) { nodes { code } } }`,
    variables: { f: { budgetUsd: { min: "10", max: "1" } } },
    failing: true,
  },
};

const serialize = (result: ExecutionResult) =>
  JSON.stringify({
    data: result.data,
    errors: result.errors?.map((error) => ({ ...error.toJSON(), original: error.originalError?.constructor.name })),
  });

describe("compiled execution", () => {
  const api = serverForSuite();
  let schema: GraphQLSchema;
  let reference: ReferenceCache;
  beforeAll(async () => {
    schema = await buildServiceSchema();
    reference = await ReferenceCache.load(api.db.prisma);
  });
  const contextValue = () => createContext({ read: api.db.read, reference, acceptLanguage: "es", requestId: "test" });

  it.each(Object.keys(CORPUS))("answers %s exactly as graphql-js does", async (name) => {
    const { query, variables = {}, failing } = CORPUS[name]!;
    const document = parse(query);
    const metrics = new Metrics(() => null);
    const compiled = new CompiledExecution(schema, metrics);
    const expected = await execute({ schema, document, variableValues: variables, contextValue: contextValue() });
    const answer = await compiled.execute(document, undefined, variables, contextValue(), { traced: false });
    expect(serialize(answer)).toBe(serialize(expected));
    expect(expected.errors?.length ?? 0).toBe(failing ? 1 : 0);
    expect(await metrics.registry.getSingleMetricAsString("iom_graphql_executions_total")).toContain(
      'iom_graphql_executions_total{executor="compiled",reason=""} 1',
    );
  });

  it("answers invalid variables through graphql-js, with its messages, as a 400 BAD_USER_INPUT", async () => {
    const response = await api.request(`query($n: Int) { projects(first: $n) { nodes { code } } }`, { n: "ten" });
    expect(response).toMatchObject({
      status: 400,
      errors: [{ message: expect.stringContaining('Variable "$n" got invalid value "ten"'), extensions: { code: "BAD_USER_INPUT" } }],
    });
  });

  it("counts what ran compiled and what ran on graphql-js, and why, on /metrics", async () => {
    await api.request(`{ regions { code } }`);
    await api.request(`{ regions { code } }`, undefined, { "apollo-federation-include-trace": "ftv1" });
    await api.request(`query($n: Int) { regions { code } projects(first: $n) { nodes { code } } }`, { n: "ten" });
    const metrics = await (await fetch(new URL("/metrics", api.server.url))).text();
    const count = (labels: string) => Number(new RegExp(`iom_graphql_executions_total\\{${labels}\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
    expect(count('executor="compiled",reason=""')).toBeGreaterThanOrEqual(1);
    expect(count('executor="graphql-js",reason="trace requested"')).toBe(1);
    expect(count('executor="graphql-js",reason="invalid variables"')).toBeGreaterThanOrEqual(1);
  });

  it("sends a gateway the inline trace it asks for", async () => {
    const response = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-federation-include-trace": "ftv1" },
      body: JSON.stringify({ query: `{ project(code: "PO.0201") { code } }` }),
    });
    const body = (await response.json()) as { data: unknown; extensions?: { ftv1?: string } };
    expect(body.data).toEqual({ project: { code: "PO.0201" } });
    expect(typeof body.extensions?.ftv1).toBe("string");
  });
});
