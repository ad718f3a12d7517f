import fs from "node:fs/promises";
import { SCHEMA_FILE } from "../../src/scripts/print-schema";
import { serverForSuite } from "../support/test-server";

const ENTITIES = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Project { code status title }
      ... on MemberState { code iso3 name(locale: EN) }
      ... on Region { code name(locale: EN) }
      ... on NewsArticle { id title }
    }
  }`;

describe("Federation 2 subgraph", () => {
  const api = serverForSuite();

  it("serves its SDL through _service, identical to the committed schema.graphql", async () => {
    const { data } = await api.request(`{ _service { sdl } }`);
    expect(`${data._service.sdl.trim()}\n`).toBe(await fs.readFile(SCHEMA_FILE, "utf8"));
  });

  it("resolves representations of every entity, in order, with null for unknown keys", async () => {
    const representations = [
      { __typename: "Project", code: "PO.0201" },
      { __typename: "MemberState", code: "CO" },
      { __typename: "Region", code: "LAC" },
      { __typename: "NewsArticle", id: "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28" },
      { __typename: "Project", code: "ZZ.0000" },
      { __typename: "Project", code: "RT.1130" },
    ];
    const { data, errors } = await api.request(ENTITIES, { representations });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      {
        __typename: "Project",
        code: "PO.0201",
        status: "ACTIVE",
        title: "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
      },
      { __typename: "MemberState", code: "CO", iso3: "COL", name: "Colombia" },
      { __typename: "Region", code: "LAC", name: "Latin America and the Caribbean" },
      {
        __typename: "NewsArticle",
        id: "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28",
        title: "Nouvelles ressources pour les efforts de lutte contre la traite",
      },
      null,
      { __typename: "Project", code: "RT.1130", status: "COMPLETED", title: expect.stringMatching(/^Elaboration de mesures globales/) },
    ]);
  });

  it("batches _entities: fifty projects cost the same statements as two", async () => {
    const codes = ["PO.0201", "RT.1130", "RR.0344", "PX.0220"];
    const statementsFor = (count: number) =>
      api.countStatements(async () => {
        const representations = Array.from({ length: count }, (_, index) => ({ __typename: "Project", code: codes[index % codes.length] }));
        const { errors } = await api.request(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { code title region { code } beneficiaryStates { code } } } }`,
          { r: representations },
        );
        expect(errors).toBeUndefined();
      });
    const two = await statementsFor(2);
    expect(await statementsFor(50)).toBe(two);
    // Projects, texts, regions, beneficiaries (links and states): one statement each.
    expect(two).toBeLessThanOrEqual(5);
  });
});
