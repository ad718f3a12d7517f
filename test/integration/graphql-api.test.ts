import { serverForSuite, type GraphQLResponse } from "../support/test-server";

const HEADLINE = `
  query ActiveProjectsBenefiting($state: [ID!]) {
    projects(filter: { status: ACTIVE, beneficiaryState: $state }) {
      totalCount
      nodes {
        code
        title
        status
        budgetUsd
        region { code fr: name(locale: FR) en: name(locale: EN) }
        beneficiaryStates { code }
        otherBenefitingCountries { code }
        relatedNews { id title }
      }
    }
  }`;

describe("the GraphQL API over HTTP, on the sample pages", () => {
  const api = serverForSuite();

  it("answers the headline query: active projects benefiting Colombia, with region and related news", async () => {
    const { status, data, errors } = await api.request(HEADLINE, { state: "CO" });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.projects.totalCount).toBe(1);
    expect(data.projects.nodes).toEqual([
      {
        code: "PO.0201",
        title: "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
        status: "ACTIVE",
        budgetUsd: "400000.00",
        region: { code: "LAC", fr: "Amérique latine et Caraïbes", en: "Latin America and the Caribbean" },
        beneficiaryStates: ["AR", "BO", "CO", "EC", "GY", "PE", "PY"].map((code) => ({ code })),
        otherBenefitingCountries: [{ code: "CL" }, { code: "UY" }],
        relatedNews: [
          {
            id: "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28",
            title: "Nouvelles ressources pour les efforts de lutte contre la traite",
          },
        ],
      },
    ]);
  });

  it("finds the same project from the country's side, by alpha-2 or alpha-3 code", async () => {
    for (const code of ["CO", "COL", "co"]) {
      const { data, errors } = await api.request(
        `{ memberState(code: "${code}") { code iso3 name projects(filter: { status: ACTIVE }) { nodes { code } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.memberState).toEqual({ code: "CO", iso3: "COL", name: "Colombie", projects: { nodes: [{ code: "PO.0201" }] } });
    }
  });

  it("reports RT.1130 as completed, in Colombia, with no start year", async () => {
    const { data } = await api.request(
      `{ project(code: "RT.1130") { status startYear endYear allocationYear primaId beneficiaryStates { code } } }`,
    );
    expect(data.project).toEqual({
      status: "COMPLETED",
      startYear: null,
      endYear: 2024,
      allocationYear: null,
      primaId: null,
      beneficiaryStates: [{ code: "CO" }],
    });
  });

  it("names things in the language of Accept-Language when no locale is given, French otherwise", async () => {
    const query = `{ memberState(code: "EC") { name region { name } } project(code: "PO.0201") { projectType } }`;
    const english = await api.request(query, {}, { "accept-language": "en-GB,en;q=0.9,fr;q=0.5" });
    expect(english.data).toEqual({
      memberState: { name: "Ecuador", region: { name: "Latin America and the Caribbean" } },
      project: { projectType: "Migration Policy Activities" },
    });
    const french = await api.request(query);
    expect(french.data).toEqual({
      memberState: { name: "Équateur", region: { name: "Amérique latine et Caraïbes" } },
      project: { projectType: "Activités de politique migratoire" },
    });
  });

  it("lists the regions and the countries of a region", async () => {
    const { data } = await api.request(
      `{ regions { code } region(code: "ASO") { name(locale: ES) memberStates { code } projects { nodes { code } } } }`,
    );
    expect(data.regions.map((region: { code: string }) => region.code)).toEqual(["AFR", "ASO", "EUR", "GLO", "LAC", "MEA"]);
    expect(data.region.name).toBe("Asia y Oceanía");
    expect(data.region.memberStates.map((state: { code: string }) => state.code)).toEqual(
      expect.arrayContaining(["FJ", "TO", "VU", "KZ", "VN"]),
    );
    expect(data.region.projects.nodes).toEqual([{ code: "PX.0220" }]);
  });

  it("links the news release to Colombia and to the projects benefiting Colombia", async () => {
    const { data } = await api.request(
      `{ newsArticle(id: "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28") { countries { code } relatedProjects { code } publishedAt summary } }`,
    );
    expect(data.newsArticle.countries).toEqual([{ code: "CO" }]);
    expect(data.newsArticle.relatedProjects).toEqual([{ code: "PO.0201" }, { code: "RT.1130" }]);
    expect(data.newsArticle.publishedAt).toBeNull();
  });

  it("returns null, not an error, for well-formed codes that match nothing", async () => {
    const { data, errors } = await api.request(
      `{ project(code: "ZZ.9999") { code } memberState(code: "QQ") { code } region(code: "XYZ") { code } newsArticle(id: "no-such-news") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ project: null, memberState: null, region: null, newsArticle: null });
  });

  it("rejects malformed arguments with BAD_USER_INPUT and a message naming the argument", async () => {
    const cases: Array<[string, RegExp]> = [
      [`{ project(code: "PO 0201; DROP TABLE") { code } }`, /"code" must be an IOM project code such as "PO.0201"/],
      [`{ memberState(code: "Colombia") { code } }`, /"code" must be an ISO 3166-1 alpha-2 \("CO"\) or alpha-3 \("COL"\) country code/],
      [`{ projects(first: 101) { nodes { code } } }`, /"first" must be between 0 and 100 \(got 101\)/],
      [`{ projects(after: "bm90IGEgY3Vyc29y") { nodes { code } } }`, /Invalid cursor in "after"/],
      [`{ projects(filter: { beneficiaryState: ["C0"] }) { nodes { code } } }`, /"filter.beneficiaryState" must be an ISO 3166-1/],
    ];
    for (const [query, message] of cases) {
      const { data, errors } = await api.request(query);
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(data ?? {})).not.toMatch(/"code":"/);
    }
  });

  it("pages through all projects with cursors, each exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: GraphQLResponse<any> = await api.request(
        `query($after: String) { projects(first: 3, after: $after) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...response.data!.projects.edges.map((edge: { node: { code: string } }) => edge.node.code));
      if (!response.data!.projects.pageInfo.hasNextPage) break;
      after = response.data!.projects.pageInfo.endCursor;
    }
    expect(seen).toEqual(["PO.0201", "PX.0220", "RR.0344", "RT.1130"]);
  });

  it("refuses a cursor made for another list", async () => {
    const states = await api.request(`{ memberStates(first: 1) { pageInfo { endCursor } } }`);
    const { errors } = await api.request(`query($after: String) { projects(after: $after) { nodes { code } } }`, {
      after: states.data.memberStates.pageInfo.endCursor,
    });
    expect(errors?.[0]?.message).toMatch(/Invalid cursor in "after"/);
  });
});
