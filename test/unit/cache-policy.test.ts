import "reflect-metadata";
import { parse, type OperationDefinitionNode } from "graphql";
import { cachePolicyOf } from "../../src/apollo/cache-policy";
import { buildServiceSchema } from "../../src/graph/schema";

describe("cache policy of a query, from the schema's @cacheControl hints", () => {
  let policyOf: (query: string) => { maxAge: number; scope: string };
  beforeAll(async () => {
    const schema = await buildServiceSchema();
    policyOf = (query) => {
      const document = parse(query);
      return cachePolicyOf(
        schema,
        document,
        document.definitions.find((definition) => definition.kind === "OperationDefinition") as OperationDefinitionNode,
      );
    };
  });

  it("keeps regions and countries for a day", () => {
    expect(policyOf(`{ regions { code name memberStates { code name } } }`)).toEqual({ maxAge: 86400, scope: "PUBLIC" });
    expect(policyOf(`{ memberStates(first: 5) { nodes { code } pageInfo { hasNextPage } } }`)).toEqual({ maxAge: 86400, scope: "PUBLIC" });
  });

  it("keeps an answer as long as its shortest-lived field: a country's projects for five minutes", () => {
    expect(policyOf(`{ memberState(code: "CO") { name projects { nodes { code region { name } } } } }`).maxAge).toBe(300);
    expect(policyOf(`{ projects { edges { cursor node { code relatedNews { title } } } } }`).maxAge).toBe(300);
  });

  it("keeps search results and statistics for a minute, whatever else is asked", () => {
    expect(policyOf(`{ regions { code } search(query: "x") { nodes { item { ... on Project { code } } } } }`).maxAge).toBe(60);
    expect(policyOf(`{ projectStats(groupBy: [REGION]) { region { code } count } }`).maxAge).toBe(60);
  });

  it("follows fragments", () => {
    expect(
      policyOf(`query { ...Q } fragment Q on Query { regions { ...R } search(query: "x") { totalCount } } fragment R on Region { code }`)
        .maxAge,
    ).toBe(60);
  });

  it("does not cache federation's entity and service fields, which have no hint", () => {
    expect(policyOf(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { code } } }`).maxAge).toBe(0);
    expect(policyOf(`{ _service { sdl } }`).maxAge).toBe(0);
  });
});
