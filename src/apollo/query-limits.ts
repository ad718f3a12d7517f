import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNullableType,
  GraphQLError,
  getVariableValues,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import type { Context } from "../graph/context";
import { DEFAULT_PAGE_SIZE } from "../graph/shared/page-request";

/** The query is too deep or too costly to run; the message gives the limit. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
  }
}

export const QUERY_LIMITS = {
  /** Deep enough for project → states → projects → region → states, not for recursion games. */
  maxDepth: 10,
  /** A few full pages of 100 items with their nested lists; nested pages of pages go far beyond. */
  maxCost: 50_000,
  /** Characters of query text; real queries are a few kilobytes. */
  maxQueryLength: 20_000,
} as const;

// Introspection answers from the schema in memory: it counts neither in depth nor in cost. Explorers'
// first query nests type references deeper than the limit (ofType { ofType { ... } }), and graphql-js's
// own validation (MaxIntrospectionDepthRule) refuses introspection that walks the type graph in circles.
const INTROSPECTION_ROOT_FIELDS = new Set(["__schema", "__type"]);

// A field costs 1, times the number of items it may return: `first` (or its default) for pages,
// the number of representations for _entities, an estimate of 10 for other lists. The edges and
// nodes of a connection are the page itself, already counted through `first`.
const itemsEstimator: ComplexityEstimator = ({ type: parentType, field, args, childComplexity }) => {
  if (INTROSPECTION_ROOT_FIELDS.has(field.name)) return 0;
  let items = 1;
  if (typeof args.first === "number") items = args.first;
  else if (field.args.some((arg) => arg.name === "first")) items = DEFAULT_PAGE_SIZE;
  else if (Array.isArray(args.representations)) items = args.representations.length;
  else if (isListType(getNullableType(field.type)) && !parentType.name.endsWith("Connection")) items = 10;
  return 1 + childComplexity * Math.max(items, 1);
};

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && INTROSPECTION_ROOT_FIELDS.has(selection.name.value)) continue;
    if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** The limit an operation exceeds, or null: its depth, then its cost. */
function limitExceeded(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryTooComplexError | null {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const depth = depthOf(operation.selectionSet, fragments, new Set());
  if (depth > QUERY_LIMITS.maxDepth)
    return new QueryTooComplexError(`Query is ${depth} levels deep; the limit is ${QUERY_LIMITS.maxDepth}`);
  // The estimator coerces variables and throws uncoded errors when they are invalid; nothing runs
  // with invalid variables, and Apollo reports them itself as BAD_USER_INPUT, so there is no cost to estimate.
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return null;
  const cost = getComplexity({ schema, query: document, variables, operationName: operation.name?.value, estimators: [itemsEstimator] });
  if (cost <= QUERY_LIMITS.maxCost) return null;
  return new QueryTooComplexError(
    `Query would cost ${cost} (each field counts once per item it may return); the limit is ${QUERY_LIMITS.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
  );
}

function keyOf(operationName: string | undefined, variables: unknown): string | null {
  try {
    return `${operationName ?? ""}\u0000${JSON.stringify(variables ?? {})}`;
  } catch {
    return null;
  }
}

/**
 * Verdicts kept per parsed document (Apollo Server hands the same DocumentNode to every request with
 * the same text) and per operation and variables: the cost walk is done once per shape, not per request.
 */
class VerdictCache {
  private static readonly MAX_PER_DOCUMENT = 100;
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, QueryTooComplexError | null>>();

  of(
    document: DocumentNode,
    operationName: string | undefined,
    variables: unknown,
    judge: () => QueryTooComplexError | null,
  ): QueryTooComplexError | null {
    const verdicts = this.byDocument.get(document) ?? new Map<string, QueryTooComplexError | null>();
    this.byDocument.set(document, verdicts);
    const key = keyOf(operationName, variables);
    // Variables too deeply nested to write out are judged without keeping the verdict.
    if (key === null) return judge();
    if (verdicts.has(key)) return verdicts.get(key)!;
    const verdict = judge();
    if (verdicts.size >= VerdictCache.MAX_PER_DOCUMENT) verdicts.clear();
    verdicts.set(key, verdict);
    return verdict;
  }
}

/** Refuses queries too deep or too costly before any resolver runs, saying which limit and by how much. */
export function queryLimitsPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const verdicts = new VerdictCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request: { variables } }) {
          if (!operation) return;
          const problem = verdicts.of(document, operation.name?.value, variables, () =>
            limitExceeded(schema, document, operation, variables ?? {}),
          );
          if (problem) throw problem;
        },
      };
    },
  };
}
