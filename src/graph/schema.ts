import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { ENTITY_REFERENCES, RESOLVERS, UNION_TYPE_RESOLVERS } from "../resolvers";
import { CACHE_CONTROL_DEFINITIONS } from "./shared/cache-hints";
import { directResolvers } from "./direct-resolvers";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/**
 * Builds the schema from the decorated classes, then turns it into a Federation 2 subgraph: printed
 * with its directives (@key, @shareable), parsed back with the @link, and given the same resolvers
 * plus the entities' reference resolvers (which must go through buildSubgraphSchema to be kept);
 * the resolver classes' methods are called directly (direct-resolvers.ts).
 */
export async function buildServiceSchema(): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_DEFINITIONS}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const direct = directResolvers();
  const resolvers = Object.fromEntries(
    Object.entries(createResolversMap(typeGraphqlSchema) as Record<string, object>).map(([typeName, typeResolvers]) => [
      typeName,
      { ...typeResolvers, ...direct[typeName] },
    ]),
  );
  const entityResolvers = Object.fromEntries(
    Object.entries(ENTITY_REFERENCES).map(([typeName, reference]) => [typeName, { ...resolvers[typeName], ...reference }]),
  );
  return buildSubgraphSchema({
    typeDefs,
    resolvers: { ...resolvers, ...entityResolvers, ...UNION_TYPE_RESOLVERS } as GraphQLResolverMap<unknown>,
  });
}
