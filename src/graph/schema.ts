import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { memberStateReference, MemberStateResolver } from "./member-state/member-state.resolver";
import { newsArticleReference, NewsArticleResolver } from "./news/news.resolver";
import { ProjectBucketResolver } from "./project-stats/project-stats.resolver";
import { projectReference, ProjectResolver } from "./project/project.resolver";
import { regionReference, RegionResolver } from "./region/region.resolver";
import { SearchResolver } from "./search/search.resolver";
import { CACHE_CONTROL_DEFINITIONS } from "./shared/cache-hints";
import { answerUnvalidatedArgumentsSynchronously } from "./synchronous-arguments";

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

/**
 * Builds the schema from the decorated classes, then turns it into a Federation 2 subgraph: printed
 * with its directives (@key, @shareable), parsed back with the @link, and given the same resolvers
 * plus the entities' reference resolvers (which must go through buildSubgraphSchema to be kept).
 */
export async function buildServiceSchema(): Promise<GraphQLSchema> {
  answerUnvalidatedArgumentsSynchronously();
  const typeGraphqlSchema = await buildSchema({
    resolvers: [ProjectResolver, MemberStateResolver, RegionResolver, NewsArticleResolver, ProjectBucketResolver, SearchResolver],
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_DEFINITIONS}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, object>;
  const withReference = (typeName: string, reference: object) => ({ ...resolvers[typeName], ...reference });
  return buildSubgraphSchema({
    typeDefs,
    resolvers: {
      ...resolvers,
      Project: withReference("Project", projectReference),
      MemberState: withReference("MemberState", memberStateReference),
      Region: withReference("Region", regionReference),
      NewsArticle: withReference("NewsArticle", newsArticleReference),
    } as GraphQLResolverMap<unknown>,
  });
}
