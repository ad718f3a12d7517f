import path from "node:path";
import { importFiles } from "../../src/import/import-files";
import { startTestServer, type TestServer } from "../support/test-server";

const FIXTURES = path.join(__dirname, "..", "fixtures", "pages");
const NEWS_ID = "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28";
const SEARCH = `query($q: String!, $first: Int, $after: String, $locale: Locale) {
  search(query: $q, first: $first, after: $after, locale: $locale) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score snippet item { __typename ... on Project { code } ... on NewsArticle { id } } }
  }
}`;

describe("full-text search over projects and news", () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
    const report = await importFiles(
      api.db.prisma,
      ["dash-english.txt", "dash-spanish.txt", "news-english.txt"].map((file) => path.join(FIXTURES, file)),
    );
    expect(report.failed).toBe(0);
  });
  afterAll(async () => {
    await api.stop();
  });

  async function found(q: string, locale?: string): Promise<string[]> {
    const { data, errors } = await api.request(SEARCH, { q, first: 100, locale });
    expect(errors).toBeUndefined();
    return data.search.nodes.map((node: { item: { code?: string; id?: string } }) => node.item.code ?? node.item.id);
  }

  it("ignores accents and case: equateur, Équateur and EQUATEUR find the same pages", async () => {
    // RR.0344 is about Ecuador ("l'Équateur" in its text); PO.0201 lists Équateur among its beneficiaries.
    const plain = await found("equateur");
    expect([...plain].sort()).toEqual(["PO.0201", "RR.0344"]);
    expect(await found("Équateur")).toEqual(plain);
    expect(await found("EQUATEUR")).toEqual(plain);
  });

  it("finds the anti-trafficking news from 'traite', first, with the word highlighted", async () => {
    const { data } = await api.request(SEARCH, { q: "traite" });
    expect(data.search.nodes[0].item).toEqual({ __typename: "NewsArticle", id: NEWS_ID });
    expect(data.search.nodes[0].snippet).toContain("<mark>traite</mark>");
  });

  it("matches a quoted phrase as a phrase", async () => {
    // CT.0932 is a Counter-Trafficking project: its type's French name is "Lutte contre la traite".
    expect([...(await found('"lutte contre la traite"'))].sort()).toEqual(["CT.0932", NEWS_ID]);
    expect(await found('"traite contre la lutte"')).toEqual([]);
  });

  it("stems English and Spanish pages in their own language", async () => {
    expect(await found("trafficked victims")).toContain("CT.0932");
    expect(await found("frontera")).toEqual(["L12-805"]);
  });

  it("finds projects by code, Prima ID and country names in any language", async () => {
    expect(await found("L12-805")).toEqual(["L12-805"]);
    expect(await found("AR99P0518")).toEqual(["PO.0201"]);
    expect(await found("Bolivia")).toEqual(["PO.0201"]);
    // The English news release is about Kenya, Uganda and Tanzania too.
    expect([...(await found("Tanzania"))].sort()).toEqual([
      "CT.0932",
      expect.stringMatching(/^iom-and-kenya-launch-counter-trafficking-campaign-2011-05-05-/),
    ]);
  });

  it("ranks documents written in the requested locale higher, finding the same items", async () => {
    const { data: neutral } = await api.request(SEARCH, { q: "Colombia or Kenya", first: 100 });
    const { data: english, errors } = await api.request(SEARCH, { q: "Colombia or Kenya", first: 100, locale: "EN" });
    expect(errors).toBeUndefined();
    type Hit = { score: number; item: { code?: string; id?: string } };
    const scores = (hits: Hit[]) => new Map(hits.map((hit) => [hit.item.code ?? hit.item.id, hit.score]));
    const before = scores(neutral.search.nodes);
    const after = scores(english.search.nodes);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // CT.0932 is published in English only; the French sample projects are not.
    expect(after.get("CT.0932")).toBeCloseTo(before.get("CT.0932")! * 1.5, 5);
    expect(after.get("PO.0201")).toBeCloseTo(before.get("PO.0201")!, 5);
  });

  it("never turns user input into a syntax error", async () => {
    for (const q of ["((( & !!", "'", "a:*", "OR", "-", "\\", "<->", '"unclosed']) {
      const { errors } = await api.request(SEARCH, { q });
      expect(errors).toBeUndefined();
    }
  });

  it("refuses an empty or oversized query with a clear message", async () => {
    const empty = await api.request(SEARCH, { q: "   " });
    expect(empty.errors?.[0]?.message).toBe('"query" is empty: give words to search for');
    const long = await api.request(SEARCH, { q: "x".repeat(201) });
    expect(long.errors?.[0]?.message).toBe('"query" is 201 characters long; the limit is 200');
  });

  it("pages through results one at a time, each once, in the order of a single page", async () => {
    const all = await found("migration");
    expect(all.length).toBeGreaterThan(2);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const response: { data?: any } = await api.request(SEARCH, { q: "migration", first: 1, after });
      paged.push(...response.data.search.nodes.map((node: { item: { code?: string; id?: string } }) => node.item.code ?? node.item.id));
      after = response.data.search.pageInfo.hasNextPage ? response.data.search.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    const { data } = await api.request(SEARCH, { q: "migration", first: 1 });
    expect(data.search.totalCount).toBe(all.length);
    const foreign = await api.request(SEARCH, { q: "traite", after: data.search.pageInfo.endCursor });
    expect(foreign.errors?.[0]?.message).toMatch(/Invalid cursor in "after"/);
  });

  it("filters projects and news by text, and orders projects by relevance", async () => {
    const { data } = await api.request(`{
      projects(filter: { text: "migrants de retour" }, orderBy: [{ field: RELEVANCE, direction: DESC }]) { totalCount nodes { code } }
      newsArticles(filter: { text: "traite" }) { nodes { id } }
    }`);
    expect([...data.projects.nodes.map((node: { code: string }) => node.code)].sort()).toEqual(["RR.0344", "RT.1130"]);
    expect(data.projects.totalCount).toBe(2);
    expect(data.newsArticles.nodes).toEqual([{ id: NEWS_ID }]);
    const ranks = await api.request(SEARCH, { q: "migrants de retour" });
    const searchOrder = ranks.data.search.nodes.map((node: { item: { code?: string } }) => node.item.code).filter(Boolean);
    expect(data.projects.nodes.map((node: { code: string }) => node.code)).toEqual(searchOrder);
    const noText = await api.request(`{ projects(orderBy: [{ field: RELEVANCE }]) { nodes { code } } }`);
    expect(noText.errors?.[0]?.message).toBe('Ordering by RELEVANCE needs a text to be relevant to: set "filter.text"');
  });
});
