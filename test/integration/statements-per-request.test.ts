import { generateDataset, insertDataset } from "../../src/dataset/generated-dataset";
import { startTestServer, type TestServer } from "../support/test-server";

const PROJECT_FIELDS = `
  code title status budgetUsd projectType
  region { code name }
  beneficiaryStates { code name region { code } }
  otherBenefitingCountries { code }
  relatedNews(first: 5) { id title publishedAt countries { code } }`;

/**
 * Every shape of query the API offers, with the statements it may send (one per list level whose
 * rows are not already in their parent's row) and the most rows one statement may return (the
 * items the response can show, plus one a page to tell whether another follows).
 */
const SHAPES: Record<
  string,
  { query: string; variables?: () => Record<string, unknown>; statements: number; atMost?: boolean; mostRows: number }
> = {
  "headline: active projects benefiting Colombia, 100 nested": {
    query: `{ projects(first: 100, filter: { beneficiaryState: "CO" }) { totalCount nodes { ${PROJECT_FIELDS} } } }`,
    statements: 1,
    mostRows: 101,
  },
  "the same view from the country": {
    query: `{ memberState(code: "COL") { name projects(first: 100) { totalCount nodes { ${PROJECT_FIELDS} } } } }`,
    statements: 1,
    mostRows: 101,
  },
  "fan-out: countries → projects → beneficiary states → region": {
    query: `{ memberStates(first: 30) { nodes { code projects(first: 5) { totalCount nodes { code beneficiaryStates { code region { code name } } } } } } }`,
    statements: 1,
    mostRows: 30 * 6,
  },
  "regions and their projects": {
    query: `{ regions { code memberStates { code } projects(first: 50) { nodes { code title beneficiaryStates { code } } } } }`,
    statements: 1,
    mostRows: 6 * 51,
  },
  "news with their countries and related projects": {
    query: `{ newsArticles(first: 20) { totalCount nodes { id title countries { code } relatedProjects(first: 5) { code region { code } } } } }`,
    statements: 2,
    mostRows: 20 * 5,
  },
  "a country's news": {
    query: `{ memberState(code: "CO") { news(first: 20) { totalCount nodes { id title body } } } }`,
    statements: 1,
    mostRows: 21,
  },
  "filters and budget order": {
    query: `{ projects(filter: { region: ["LAC", "AFR"], budgetUsd: { min: "100000" }, activeDuring: 2020 }, orderBy: [{ field: BUDGET, direction: DESC }], first: 50) { totalCount nodes { code budgetUsd } } }`,
    statements: 1,
    mostRows: 51,
  },
  "text filter ordered by relevance": {
    query: `{ projects(filter: { text: "migration" }, orderBy: [{ field: RELEVANCE, direction: DESC }], first: 20) { totalCount nodes { code title } } }`,
    statements: 1,
    mostRows: 21,
  },
  "search over projects and news": {
    query: `{ search(query: "migration OR nouvelles OR ressources", first: 20) { totalCount nodes { score snippet item { __typename ... on Project { code title region { code } } ... on NewsArticle { id title } } } } }`,
    // The hits, then the projects and the news among them by key: one statement a kind of item found.
    statements: 3,
    atMost: true,
    mostRows: 21,
  },
  "statistics by region and state": {
    query: `{ projectStats(groupBy: [REGION, BENEFICIARY_STATE]) { region { code } beneficiaryState { code } count budgetSum } }`,
    statements: 1,
    mostRows: 6 * 250,
  },
  "_entities: 100 project representations, as a gateway sends them": {
    query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { code title region { code } beneficiaryStates { code } relatedNews(first: 3) { title } } } }`,
    variables: () => ({
      r: Array.from({ length: 100 }, (_, index) => ({ __typename: "Project", code: index % 2 === 0 ? "PO.0201" : generatedCode(index) })),
    }),
    statements: 1,
    mostRows: 100,
  },
};

// The codes src/dataset/generated-dataset.ts gives its projects; a code the dataset does not hold resolves to null.
const generatedCode = (index: number) =>
  `${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index * 7) % 26))}.${String(index).padStart(4, "0")}`;

async function measure(api: TestServer): Promise<Record<string, number[]>> {
  const measured: Record<string, number[]> = {};
  for (const [name, shape] of Object.entries(SHAPES)) {
    const rows = await api.rowsPerStatement(async () => {
      const { errors } = await api.request(shape.query, shape.variables?.());
      expect(errors).toBeUndefined();
    });
    measured[name] = rows;
  }
  return measured;
}

describe("SQL statements per request", () => {
  const scales = [5, 500, 20_000];
  const results = new Map<number, Record<string, number[]>>();

  it.each(scales)(
    "depend on the query's shape only, and return no more rows than the response shows, over %i generated projects",
    async (projects) => {
      const api = await startTestServer({ withSamples: true });
      try {
        await insertDataset(api.db.prisma, generateDataset(projects, Math.ceil(projects / 4)));
        const measured = await measure(api);
        results.set(projects, measured);
        for (const [name, shape] of Object.entries(SHAPES)) {
          const rows = measured[name]!;
          const statements = shape.atMost ? Math.max(rows.length, shape.statements) : rows.length;
          expect({ name, statements }).toEqual({ name, statements: shape.statements });
          expect({ name, mostRows: Math.max(...rows) <= shape.mostRows }).toEqual({ name, mostRows: true });
        }
      } finally {
        await api.stop();
      }
    },
    180_000,
  );

  afterAll(() => {
    const lines = Object.keys(SHAPES).map(
      (name) => `${name}: ${scales.map((scale) => (results.get(scale)?.[name] ?? []).join("+") || "-").join(" | ")}`,
    );
    console.log(`Rows per statement (statements joined by +) at ${scales.join(" | ")} generated projects:\n${lines.join("\n")}`);
  });
});
