import { gql, InMemoryCache } from "@apollo/client";
import { typePolicies } from "../../examples/web/src/type-policies";

const PROJECTS = gql`
  query Projects($country: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    projects(filter: { beneficiaryState: [$country] }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          code
        }
      }
      nodes {
        code
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const PROJECT_NODES = gql`
  query ProjectNodes($country: ID!, $first: Int, $after: String) {
    projects(filter: { beneficiaryState: [$country] }, first: $first, after: $after) {
      nodes {
        code
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** A page of projects as the service answers it, the cursor of each project being `cursor:<code>`. */
function page(codes: string[], { hasNextPage = false, hasPreviousPage = false, totalCount = 4 } = {}) {
  const project = (code: string) => ({ __typename: "Project", code });
  return {
    projects: {
      __typename: "ProjectConnection",
      totalCount,
      edges: codes.map((code) => ({ __typename: "ProjectEdge", cursor: `cursor:${code}`, node: project(code) })),
      nodes: codes.map(project),
      pageInfo: {
        __typename: "PageInfo",
        hasNextPage,
        hasPreviousPage,
        startCursor: codes.length ? `cursor:${codes[0]}` : null,
        endCursor: codes.length ? `cursor:${codes[codes.length - 1]}` : null,
      },
    },
  };
}

function codesOf(cache: InMemoryCache, country: string) {
  const result = cache.readQuery<ReturnType<typeof page>>({ query: PROJECTS, variables: { country, first: 2 } });
  return (
    result && {
      edges: result.projects.edges.map((edge) => edge.node.code),
      nodes: result.projects.nodes.map((node) => node.code),
      pageInfo: result.projects.pageInfo,
    }
  );
}

describe("the web example's cache policies for the service's connections", () => {
  it("appends a page read with `after` to both the edges and the nodes, the list still starting where it started", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L1", "L2"], { hasNextPage: true }) });
    cache.writeQuery({
      query: PROJECTS,
      variables: { country: "EC", first: 2, after: "cursor:L2" },
      data: page(["L3", "L4"], { hasPreviousPage: true }),
    });
    expect(codesOf(cache, "EC")).toEqual({
      edges: ["L1", "L2", "L3", "L4"],
      nodes: ["L1", "L2", "L3", "L4"],
      pageInfo: { __typename: "PageInfo", hasNextPage: false, hasPreviousPage: false, startCursor: "cursor:L1", endCursor: "cursor:L4" },
    });
  });

  it("replaces what followed the cursor when a page is read again after it", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L1", "L2"], { hasNextPage: true }) });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2, after: "cursor:L2" }, data: page(["L3", "L4"]) });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2, after: "cursor:L1" }, data: page(["L2", "L5"]) });
    expect(codesOf(cache, "EC")?.nodes).toEqual(["L1", "L2", "L5"]);
  });

  it("puts a page read with `before` in front of the list", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L3", "L4"], { hasPreviousPage: true }) });
    cache.writeQuery({
      query: PROJECTS,
      variables: { country: "EC", last: 2, before: "cursor:L3" },
      data: page(["L1", "L2"], { hasNextPage: true }),
    });
    expect(codesOf(cache, "EC")).toMatchObject({
      edges: ["L1", "L2", "L3", "L4"],
      nodes: ["L1", "L2", "L3", "L4"],
      pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: "cursor:L1", endCursor: "cursor:L4" },
    });
  });

  it("starts the list again with a page read without a cursor", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L1", "L2"], { hasNextPage: true }) });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2, after: "cursor:L2" }, data: page(["L3"]) });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L1", "L2"], { hasNextPage: true }) });
    expect(codesOf(cache, "EC")?.nodes).toEqual(["L1", "L2"]);
  });

  it("keeps one list per filter", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({ query: PROJECTS, variables: { country: "EC", first: 2 }, data: page(["L1", "L2"]) });
    cache.writeQuery({ query: PROJECTS, variables: { country: "CO", first: 2 }, data: page(["L1"], { totalCount: 1 }) });
    expect(codesOf(cache, "EC")?.nodes).toEqual(["L1", "L2"]);
    expect(codesOf(cache, "CO")?.nodes).toEqual(["L1"]);
  });

  it("appends to a list read as `nodes` alone when `after` is the list's end cursor", () => {
    const cache = new InMemoryCache({ typePolicies });
    const nodesOnly = (data: ReturnType<typeof page>) => ({ projects: { ...data.projects, edges: undefined, totalCount: undefined } });
    cache.writeQuery({
      query: PROJECT_NODES,
      variables: { country: "EC", first: 2 },
      data: nodesOnly(page(["L1", "L2"], { hasNextPage: true })),
    });
    cache.writeQuery({ query: PROJECT_NODES, variables: { country: "EC", first: 2, after: "cursor:L2" }, data: nodesOnly(page(["L3"])) });
    const result = cache.readQuery<{ projects: { nodes: Array<{ code: string }> } }>({
      query: PROJECT_NODES,
      variables: { country: "EC", first: 2 },
    });
    expect(result?.projects.nodes.map((node) => node.code)).toEqual(["L1", "L2", "L3"]);
  });

  it("stores projects, countries and regions by code and news by id", () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: gql`
        query {
          project(code: "PO.0201") {
            code
            region {
              code
            }
            beneficiaryStates {
              code
            }
            relatedNews(first: 1) {
              id
            }
          }
        }
      `,
      data: {
        project: {
          __typename: "Project",
          code: "PO.0201",
          region: { __typename: "Region", code: "LAC" },
          beneficiaryStates: [{ __typename: "MemberState", code: "CO" }],
          relatedNews: [{ __typename: "NewsArticle", id: "nouvelles-ressources" }],
        },
      },
    });
    expect(Object.keys(cache.extract()).sort()).toEqual([
      'MemberState:{"code":"CO"}',
      'NewsArticle:{"id":"nouvelles-ressources"}',
      'Project:{"code":"PO.0201"}',
      "ROOT_QUERY",
      'Region:{"code":"LAC"}',
    ]);
  });
});
