import { generateDataset, type GeneratedProject } from "../../src/dataset/generated-dataset";
import { serverForSuite } from "../support/test-server";

const dataset = generateDataset(300, 0, 23);
const cents = (amount: string) => Math.round(Number(amount) * 100);
const dollars = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, "0")}`;

/** Buckets computed from the generated arrays, independently of the SQL under test. */
function expectedBuckets(projects: GeneratedProject[], keyOf: (project: GeneratedProject) => string[]) {
  const buckets = new Map<string, number[]>();
  for (const project of projects)
    for (const key of keyOf(project)) buckets.set(key, [...(buckets.get(key) ?? []), cents(project.budgetUsd)]);
  return [...buckets.entries()]
    .map(([key, budgets]) => {
      const sum = budgets.reduce((a, b) => a + b, 0);
      return {
        key,
        count: budgets.length,
        budgetSum: dollars(sum),
        budgetAvg: dollars(Math.floor((2 * sum + budgets.length) / (2 * budgets.length))),
        budgetMin: dollars(Math.min(...budgets)),
        budgetMax: dollars(Math.max(...budgets)),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe("projectStats on 300 generated projects", () => {
  const api = serverForSuite({ withSamples: false, dataset });

  const FIGURES = "count budgetSum budgetAvg budgetMin budgetMax";

  it("groups by region, with exact sums, averages, minimums and maximums", async () => {
    const { data, errors } = await api.request(`{ projectStats(groupBy: [REGION]) { region { code } status ${FIGURES} } }`);
    expect(errors).toBeUndefined();
    const expected = expectedBuckets(dataset.projects, (p) => [p.regionCode]);
    expect(data.projectStats).toEqual(expected.map(({ key, ...figures }) => ({ region: { code: key }, status: null, ...figures })));
  });

  it("counts a project once in each of its beneficiary states' buckets, under a filter", async () => {
    const filtered = dataset.projects.filter((p) => p.status === "COMPLETED" && p.regionCode === "AFR");
    const { data } = await api.request(
      `{ projectStats(filter: { status: COMPLETED, region: "AFR" }, groupBy: [BENEFICIARY_STATE]) { beneficiaryState { code } ${FIGURES} } }`,
    );
    const expected = expectedBuckets(filtered, (p) => p.beneficiaries);
    expect(data.projectStats).toEqual(expected.map(({ key, ...figures }) => ({ beneficiaryState: { code: key }, ...figures })));
    const multiState = filtered.filter((p) => p.beneficiaries.length > 1).length;
    expect(multiState).toBeGreaterThan(0);
    const total = data.projectStats.reduce((sum: number, bucket: { count: number }) => sum + bucket.count, 0);
    expect(total).toBe(filtered.reduce((sum, p) => sum + p.beneficiaries.length, 0));
  });

  it("combines dimensions, and totals equal the sum of the filtered rows", async () => {
    const filtered = dataset.projects.filter((p) => p.allocationYear >= 2015);
    const { data } = await api.request(
      `{ projectStats(filter: { allocationYear: { min: 2015 } }, groupBy: [STATUS, ALLOCATION_YEAR]) { status allocationYear ${FIGURES} } }`,
    );
    const expected = expectedBuckets(filtered, (p) => [`${p.status}|${p.allocationYear}`]);
    expect(data.projectStats).toEqual(
      expected.map(({ key, ...figures }) => ({ status: key.split("|")[0], allocationYear: Number(key.split("|")[1]), ...figures })),
    );
    const { data: totals } = await api.request(`{ projectStats(filter: { allocationYear: { min: 2015 } }, groupBy: []) { ${FIGURES} } }`);
    expect(totals.projectStats).toEqual(expectedBuckets(filtered, () => ["all"]).map(({ key: _key, ...figures }) => figures));
  });

  it("names project types in the requested language", async () => {
    const { data } = await api.request(
      `{ projectStats(filter: { projectType: "LABOUR_MIGRATION" }, groupBy: [PROJECT_TYPE]) { en: projectType(locale: EN) es: projectType(locale: ES) count } }`,
    );
    expect(data.projectStats).toEqual([
      {
        en: "Labour Migration",
        es: "Migración laboral",
        count: dataset.projects.filter((p) => p.projectTypeCode === "LABOUR_MIGRATION").length,
      },
    ]);
  });

  it("returns no bucket when no project matches, and refuses a dimension named twice", async () => {
    const { data } = await api.request(`{ projectStats(filter: { allocationYear: { min: 2100 } }, groupBy: []) { count } }`);
    expect(data.projectStats).toEqual([]);
    const twice = await api.request(`{ projectStats(groupBy: [REGION, REGION]) { count } }`);
    expect(twice.errors?.[0]?.message).toBe('"groupBy" names a dimension twice: REGION, REGION');
  });
});
