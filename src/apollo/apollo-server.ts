import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { GraphQLSchema } from "graphql";
import type { Context } from "../graph/context";
import type { FailureSummary, Logger } from "../operations/logger";
import type { Metrics } from "../operations/metrics";
import { cachePolicyPlugin } from "./cache-policy";
import { CompiledExecution } from "./compiled-execution";
import { KnownOperationTypesRule } from "./known-operation-types";
import { queryLimitsPlugin } from "./query-limits";
import { formatErrorForClients, requestOutcomePlugin } from "./request-outcome";

export interface ApolloDependencies {
  schema: GraphQLSchema;
  /** Apollo's cache (persisted queries), shared by instances when it is Redis; in memory when absent. */
  cache?: KeyValueCache;
  /** The statement limit the database enforces, named in timeout errors. */
  statementTimeoutMs: number | null;
  metrics: Metrics;
  logger: Logger;
  failures: FailureSummary;
}

/**
 * Apollo Server with the service's rules: limits before execution, coded and masked errors, cache
 * policy per document, operations run compiled (compiled-execution.ts).
 */
export async function startApolloServer(deps: ApolloDependencies): Promise<ApolloServer<Context>> {
  const apollo = new ApolloServer<Context>({
    gateway: new CompiledExecution(deps.schema, deps.metrics).asGateway(),
    ...(deps.cache ? { cache: deps.cache } : {}),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Apollo would stop itself on SIGTERM and then kill the process, dropping requests in flight:
    // stopping is the service's own (RunningServer.stop, called by src/index.ts).
    stopOnTerminationSignals: false,
    formatError: formatErrorForClients(deps.statementTimeoutMs),
    validationRules: [KnownOperationTypesRule],
    plugins: [
      requestOutcomePlugin(deps.metrics, deps.logger, deps.failures),
      // Federation gateways ask subgraphs for traces; declared here so that it is a choice, not a surprise.
      ApolloServerPluginInlineTrace(),
      queryLimitsPlugin(deps.schema),
      // Cache-Control is computed per document (cache-policy.ts), not per resolved field.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(deps.schema),
      // Browsers get the explorer instead, served by src/http from this service rather than from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}
