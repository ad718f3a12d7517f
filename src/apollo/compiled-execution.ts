import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { execute, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Context } from "../graph/context";
import type { Metrics } from "../operations/metrics";

// The gateway interface of the @apollo/server installed (its own copy of @apollo/server-gateway-interface).
type GatewayInterface = ApolloServerOptionsWithGateway<Context>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;

/** Compiled forms kept per document; Apollo's document store hands the same DocumentNode to every request with the same text. */
const MAX_OPERATIONS_PER_DOCUMENT = 20;

/**
 * Runs each operation through a compiled form of it (graphql-jit: one JavaScript function per
 * document and operation, made once), on the very schema Apollo validated it against, so that every
 * resolver, middleware and scalar of the schema runs as under graphql-js. graphql-js runs instead:
 * - when graphql-jit refuses the document;
 * - when a gateway asks for an inline trace (ftv1), which Apollo records by wrapping resolvers per
 *   request through graphql-js's execution;
 * - when the compiled form reports invalid variables, so that clients get graphql-js's own
 *   messages, which Apollo answers as BAD_USER_INPUT with status 400.
 * Each fallback is counted (iom_graphql_executions_total).
 */
export class CompiledExecution {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly metrics: Metrics,
  ) {}

  /** The `gateway` Apollo Server takes an executor from: it serves the schema given, never changing it. */
  asGateway(): GatewayInterface {
    const executor: GatewayExecutor = (request) =>
      this.execute(request.document, request.request.operationName ?? undefined, request.request.variables ?? {}, request.context, {
        traced: request.request.http?.headers.get("apollo-federation-include-trace") === "ftv1",
      });
    let listener: Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0] | null = null;
    return {
      load: async () => {
        listener?.({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
        return { executor };
      },
      onSchemaLoadOrUpdate: (callback) => {
        listener = callback;
        return () => void (listener = null);
      },
      stop: async () => undefined,
    };
  }

  async execute(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
    contextValue: object,
    { traced }: { traced: boolean },
  ): Promise<ExecutionResult> {
    const compiled = traced ? null : this.compiledFor(document, operationName);
    if (compiled) {
      const result = await compiled.query(undefined, contextValue, variables);
      if (!(result.errors && result.data === undefined)) {
        this.metrics.recordExecution("compiled");
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
      }
    }
    this.metrics.recordExecution("graphql-js", traced ? "trace requested" : compiled ? "invalid variables" : "not compilable");
    return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue });
  }

  private compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byOperation = this.compiled.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.compiled.set(document, byOperation);
    }
    const key = operationName ?? "";
    if (byOperation.has(key)) return byOperation.get(key)!;
    let compiled: CompiledQuery | null = null;
    try {
      const result = compileQuery(this.schema, document, operationName, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(result) ? result : null;
    } catch {
      compiled = null;
    }
    if (byOperation.size >= MAX_OPERATIONS_PER_DOCUMENT) byOperation.clear();
    byOperation.set(key, compiled);
    return compiled;
  }
}

/**
 * graphql-jit's errors as graphql-js makes them: the same message, locations, path, original error
 * and extensions, but with `extensions` always an object, which Apollo's error formatting reads.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions ?? {},
  });
  // graphql-js derives locations from AST nodes, which graphql-jit's errors no longer carry.
  return Object.assign(converted, { locations: error.locations });
}
