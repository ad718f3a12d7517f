import { generateDataset, insertDataset } from "../../bench/dataset";
import { startTestServer } from "../support/test-server";

const PROJECT_FIELDS = `
  code title status budgetUsd projectType
  region { code name }
  beneficiaryStates { code name region { code } }
  otherBenefitingCountries { code }
  relatedNews(first: 5) { id title countries { code } }`;

const HEADLINE = `{ projects(first: 100, filter: { beneficiaryState: "CO" }) { totalCount nodes { ${PROJECT_FIELDS} } } }`;
const FROM_THE_COUNTRY = `{ memberState(code: "CO") { name projects(first: 100) { totalCount nodes { ${PROJECT_FIELDS} } } } }`;
// Sibling branches reach the same loaders at moments that depend on I/O timing, so their batches
// may split differently; the count stays bounded by the query's shape, not by the rows.
const SIBLINGS = `{ a: ${HEADLINE.slice(1, -1)} b: ${FROM_THE_COUNTRY.slice(1, -1)} regions { code projects(first: 50) { nodes { code beneficiaryStates { code } } } } newsArticles { nodes { id countries { code } relatedProjects { code } } } }`;
const SHAPE_BOUND = 40;

interface Measure {
  headline: number;
  fromTheCountry: number;
  siblings: number;
  rows: number;
}

async function measure(generatedProjects: number): Promise<Measure> {
  const api = await startTestServer({ withSamples: true });
  try {
    await insertDataset(api.db.prisma, generateDataset(generatedProjects, Math.ceil(generatedProjects / 4)));
    let rows = 0;
    const run = (query: string) =>
      api.countStatements(async () => {
        const { data, errors } = await api.request(query);
        expect(errors).toBeUndefined();
        rows = data.projects?.nodes.length ?? rows;
      });
    return { headline: await run(HEADLINE), fromTheCountry: await run(FROM_THE_COUNTRY), siblings: await run(SIBLINGS), rows };
  } finally {
    await api.stop();
  }
}

describe("batching", () => {
  it("sends as many SQL statements for the headline queries over 5 generated projects as over 500", async () => {
    const small = await measure(5);
    const large = await measure(500);
    // Colombia benefits from the two sample projects and from every fifth generated one (at most 100 on a page).
    expect(small.rows).toBe(2 + 1);
    expect(large.rows).toBe(100);
    expect(large.headline).toBe(small.headline);
    expect(large.fromTheCountry).toBe(small.fromTheCountry);
    expect(small.siblings).toBeLessThanOrEqual(SHAPE_BOUND);
    expect(large.siblings).toBeLessThanOrEqual(SHAPE_BOUND);
    console.log(`SQL statements per request (5 → 500 generated projects): headline ${small.headline} → ${large.headline}, ` +
      `from the country ${small.fromTheCountry} → ${large.fromTheCountry}, sibling branches ${small.siblings} → ${large.siblings}`);
  });
});
