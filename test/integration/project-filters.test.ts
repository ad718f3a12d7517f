import { generateDataset, type GeneratedProject } from "../../src/dataset/generated-dataset";
import { serverForSuite, type GraphQLResponse } from "../support/test-server";

// Expected answers are computed here by filtering the generated arrays, never by the code under test.
const dataset = generateDataset(300, 60, 7);
const byCode = (projects: GeneratedProject[]) => projects.map((project) => project.code).sort();
const cents = (amount: string) => Math.round(Number(amount) * 100);

describe("project filters on a generated dataset of 300 projects", () => {
  const api = serverForSuite({ withSamples: false, dataset });

  async function codesFor(filter: Record<string, unknown>): Promise<string[]> {
    const codes: string[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLResponse<any> = await api.request(
        `query($filter: ProjectFilter, $after: String) { projects(filter: $filter, first: 100, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      expect(errors).toBeUndefined();
      codes.push(...data.projects.nodes.map((node: { code: string }) => node.code));
      after = data.projects.pageInfo.hasNextPage ? data.projects.pageInfo.endCursor : null;
    } while (after);
    return codes.sort();
  }

  const cases: Array<[string, Record<string, unknown>, (project: GeneratedProject) => boolean]> = [
    ["status", { status: "ACTIVE" }, (p) => p.status === "ACTIVE"],
    ["one beneficiary state, alpha-3", { beneficiaryState: "COL" }, (p) => p.beneficiaries.includes("CO")],
    [
      "several beneficiary states",
      { beneficiaryState: ["KE", "SN", "PE"] },
      (p) => ["KE", "SN", "PE"].some((c) => p.beneficiaries.includes(c)),
    ],
    ["any country, either role", { anyCountry: ["EC"] }, (p) => p.beneficiaries.includes("EC") || p.others.includes("EC")],
    ["regions", { region: ["AFR", "EUR"] }, (p) => ["AFR", "EUR"].includes(p.regionCode)],
    ["project type by code", { projectType: ["LABOUR_MIGRATION"] }, (p) => p.projectTypeCode === "LABOUR_MIGRATION"],
    ["project type by French name", { projectType: "Migration et développement" }, (p) => p.projectTypeCode === "MIGRATION_DEVELOPMENT"],
    ["coverage", { coverage: ["NATIONAL"] }, (p) => p.coverage === "NATIONAL"],
    [
      "budget range",
      { budgetUsd: { min: "100000", max: "200000.50" } },
      (p) => cents(p.budgetUsd) >= 10_000_000 && cents(p.budgetUsd) <= 20_000_050,
    ],
    ["allocation years", { allocationYear: { min: 2010, max: 2012 } }, (p) => p.allocationYear >= 2010 && p.allocationYear <= 2012],
    ["start years from a minimum", { startYear: { min: 2020 } }, (p) => p.startYear !== null && p.startYear >= 2020],
    ["end years up to a maximum", { endYear: { max: 2010 } }, (p) => p.endYear <= 2010],
    ["active during a year", { activeDuring: 2015 }, (p) => (p.startYear ?? p.allocationYear) <= 2015 && p.endYear >= 2015],
    [
      "everything combined",
      {
        status: "COMPLETED",
        region: "LAC",
        coverage: ["REGIONAL", "NATIONAL"],
        budgetUsd: { min: "50000" },
        allocationYear: { max: 2020 },
      },
      (p) => p.status === "COMPLETED" && p.regionCode === "LAC" && cents(p.budgetUsd) >= 5_000_000 && p.allocationYear <= 2020,
    ],
  ];

  it.each(cases)("filters by %s", async (_name, filter, predicate) => {
    const expected = byCode(dataset.projects.filter(predicate));
    expect(expected.length).toBeGreaterThan(0);
    expect(await codesFor(filter)).toEqual(expected);
  });

  it("filters by update time", async () => {
    expect(await codesFor({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect((await codesFor({ updatedSince: "2000-01-01T00:00:00Z" })).length).toBe(300);
  });

  it("refuses a range whose minimum is above its maximum", async () => {
    const { errors } = await api.request(`{ projects(filter: { allocationYear: { min: 2020, max: 2010 } }) { nodes { code } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toBe('"filter.allocationYear" has min 2020 above max 2010');
  });

  it("filters news by date range and country", async () => {
    const from = new Date(Date.UTC(2015, 0, 1));
    const to = new Date(Date.UTC(2019, 11, 31));
    const expected = dataset.news
      .filter((n) => n.publishedAt && n.publishedAt >= from && n.publishedAt <= to && n.countries.some((c) => ["CO", "KE"].includes(c)))
      .map((n) => n.id)
      .sort();
    const { data, errors } = await api.request(`query($f: NewsFilter) { newsArticles(filter: $f, first: 100) { nodes { id } } }`, {
      f: { publishedAfter: from.toISOString(), publishedBefore: to.toISOString(), country: ["CO", "KE"] },
    });
    expect(errors).toBeUndefined();
    expect(data.newsArticles.nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected);
  });
});
