import { generateDataset, type GeneratedProject } from "../../src/dataset/generated-dataset";
import { serverForSuite, type GraphQLResponse } from "../support/test-server";

const dataset = generateDataset(300, 0, 11);

// Independent of the code under test: the folded title is rebuilt here with plain string functions.
const folded = (title: string) =>
  title
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/œ/g, "oe")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
type Value = number | string | null;
const valueOf: Record<string, (p: GeneratedProject) => Value> = {
  BUDGET: (p) => Math.round(Number(p.budgetUsd) * 100),
  ALLOCATION_YEAR: (p) => p.allocationYear,
  START_YEAR: (p) => p.startYear,
  END_YEAR: (p) => p.endYear,
  TITLE: (p) => folded(p.title),
  CODE: (p) => p.code,
};

function expectedOrder(orderBy: Array<{ field: string; direction: "ASC" | "DESC" }>): string[] {
  const keys = [...orderBy, { field: "CODE", direction: "ASC" as const }];
  return [...dataset.projects]
    .sort((a, b) => {
      for (const { field, direction } of keys) {
        const left = valueOf[field]!(a);
        const right = valueOf[field]!(b);
        if (left === right) continue;
        if (left === null) return 1;
        if (right === null) return -1;
        return (left < right ? -1 : 1) * (direction === "DESC" ? -1 : 1);
      }
      return 0;
    })
    .map((p) => p.code);
}

describe("ordering and paging projects (300 generated)", () => {
  const api = serverForSuite({ withSamples: false, dataset });

  async function pageThrough(orderBy: unknown, direction: "forward" | "backward", filter: object | null = null): Promise<string[]> {
    const codes: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const query =
        direction === "forward"
          ? `query($f: ProjectFilter, $o: [ProjectOrder!], $c: String) { projects(filter: $f, orderBy: $o, first: 7, after: $c) { edges { node { code budgetUsd allocationYear startYear endYear title } } pageInfo { hasNextPage endCursor } } }`
          : `query($f: ProjectFilter, $o: [ProjectOrder!], $c: String) { projects(filter: $f, orderBy: $o, last: 7, before: $c) { edges { node { code budgetUsd allocationYear startYear endYear title } } pageInfo { hasPreviousPage startCursor } } }`;
      const response: GraphQLResponse<any> = await api.request(query, { f: filter, o: orderBy, c: cursor });
      expect(response.errors).toBeUndefined();
      const connection: {
        edges: Array<{ node: { code: string } }>;
        pageInfo: { hasNextPage?: boolean; endCursor?: string; hasPreviousPage?: boolean; startCursor?: string };
      } = response.data.projects;
      const pageCodes = connection.edges.map((edge) => edge.node.code);
      const info = connection.pageInfo;
      if (direction === "forward") {
        codes.push(...pageCodes);
        if (!info.hasNextPage) return codes;
        cursor = info.endCursor ?? null;
      } else {
        codes.unshift(...pageCodes);
        if (!info.hasPreviousPage) return codes;
        cursor = info.startCursor ?? null;
      }
    }
    throw new Error("more than 100 pages");
  }

  const orderings: Array<Array<{ field: string; direction: "ASC" | "DESC" }>> = [
    [{ field: "CODE", direction: "ASC" }],
    [{ field: "BUDGET", direction: "DESC" }],
    [{ field: "START_YEAR", direction: "ASC" }],
    [{ field: "START_YEAR", direction: "DESC" }],
    [
      { field: "ALLOCATION_YEAR", direction: "DESC" },
      { field: "TITLE", direction: "ASC" },
    ],
    [
      { field: "END_YEAR", direction: "ASC" },
      { field: "BUDGET", direction: "ASC" },
    ],
    [{ field: "TITLE", direction: "DESC" }],
  ];

  it.each(orderings.map((orderBy) => [orderBy.map((o) => `${o.field} ${o.direction}`).join(", "), orderBy] as const))(
    "pages through every project exactly once, by %s, forward with first: 7 and backward with last: 7",
    async (_name, orderBy) => {
      const expected = expectedOrder(orderBy);
      expect(await pageThrough(orderBy, "forward")).toEqual(expected);
      expect(await pageThrough(orderBy, "backward")).toEqual(expected);
    },
  );

  it("pages through the projects matching a text exactly once by relevance, where many tie, forward and backward", async () => {
    const filter = { text: "données" };
    const orderBy = [{ field: "RELEVANCE", direction: "DESC" }];
    const { data } = await api.request(
      `query($f: ProjectFilter, $o: [ProjectOrder!]) { projects(filter: $f, orderBy: $o, first: 100) { totalCount nodes { code } } }`,
      { f: filter, o: orderBy },
    );
    // One page, read without a cursor, is the order paging must reproduce.
    const inOnePage: string[] = data.projects.nodes.map((node: { code: string }) => node.code);
    expect(inOnePage).toHaveLength(data.projects.totalCount);
    expect(inOnePage.length).toBeGreaterThan(21);
    expect(await pageThrough(orderBy, "forward", filter)).toEqual(inOnePage);
    expect(await pageThrough(orderBy, "backward", filter)).toEqual(inOnePage);
  });

  it("refuses a cursor from another ordering, and first with last", async () => {
    const { data } = await api.request(`{ projects(first: 1) { pageInfo { endCursor } } }`);
    const other = await api.request(`query($c: String) { projects(orderBy: [{ field: BUDGET }], after: $c) { nodes { code } } }`, {
      c: data!.projects.pageInfo.endCursor,
    });
    expect(other.errors?.[0]?.message).toMatch(/Invalid cursor in "after"/);
    const both = await api.request(`{ projects(first: 2, last: 2) { nodes { code } } }`);
    expect(both.errors?.[0]?.message).toBe('Page forward with "first"/"after" or backward with "last"/"before", not both at once');
  });
});
