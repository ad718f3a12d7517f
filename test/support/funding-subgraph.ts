import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

/**
 * A second subgraph, as another team would write it: donors who fund IOM projects. It references our
 * Project and MemberState by their keys and adds a field to each.
 */
export const FUNDING_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    "Donors of the IOM Development Fund."
    donors: [Donor!]!
  }

  type Donor @key(fields: "id") {
    id: ID!
    name: String!
    country: MemberState!
    fundedProjects: [Project!]!
  }

  type FundingRound {
    year: Int!
    amountUsd: String!
  }

  type Project @key(fields: "code") {
    code: ID!
    fundingRounds: [FundingRound!]!
  }

  type MemberState @key(fields: "code") {
    code: ID!
    donorCount: Int!
  }
`);

const DONORS = [
  { id: "d1", name: "Fonds A", country: "FR", projects: ["PO.0201", "RT.1130"] },
  { id: "d2", name: "Fund B", country: "CA", projects: ["PO.0201", "RR.0344", "PX.0220"] },
  { id: "d3", name: "Fondo C", country: "CO", projects: ["RR.0344"] },
];

const resolvers = {
  Query: { donors: () => DONORS },
  Donor: {
    country: (donor: (typeof DONORS)[number]) => ({ code: donor.country }),
    fundedProjects: (donor: (typeof DONORS)[number]) => donor.projects.map((code) => ({ code })),
  },
  Project: {
    __resolveReference: (reference: { code: string }) => reference,
    fundingRounds: (project: { code: string }) =>
      DONORS.filter((donor) => donor.projects.includes(project.code)).map((_donor, index) => ({
        year: 2022 + index,
        amountUsd: "100000.00",
      })),
  },
  MemberState: {
    __resolveReference: (reference: { code: string }) => reference,
    donorCount: (state: { code: string }) => DONORS.filter((donor) => donor.country === state.code).length,
  },
};

export async function startFundingSubgraph(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: FUNDING_TYPE_DEFS, resolvers }) });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
