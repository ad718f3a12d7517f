import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  isCompositeType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

export interface CachePolicy {
  /** Seconds an HTTP cache may keep the answer; 0 when it must not. */
  maxAge: number;
  scope: "PUBLIC" | "PRIVATE";
}

interface Hint {
  maxAge?: number;
  scope?: "PUBLIC" | "PRIVATE";
  inheritMaxAge?: boolean;
}

function hintOf(node: { readonly directives?: readonly ConstDirectiveNode[] } | null | undefined): Hint {
  const directive = node?.directives?.find((candidate) => candidate.name.value === "cacheControl");
  const hint: Hint = {};
  for (const argument of directive?.arguments ?? []) {
    const { value } = argument;
    if (argument.name.value === "maxAge" && value.kind === Kind.INT) hint.maxAge = Number(value.value);
    if (argument.name.value === "scope" && value.kind === Kind.ENUM) hint.scope = value.value === "PRIVATE" ? "PRIVATE" : "PUBLIC";
    if (argument.name.value === "inheritMaxAge" && value.kind === Kind.BOOLEAN) hint.inheritMaxAge = value.value;
  }
  return hint;
}

/**
 * The cache policy of an operation, read from the schema's @cacheControl hints with Apollo's rules,
 * without running it: a root field or a field returning an object needs a hint (its own, its type's,
 * or inheritMaxAge) or the answer is not cacheable; scalars follow their parent; the answer lives as
 * long as its shortest-lived field. The schema has no dynamic hints, so the query decides alone.
 */
export function cachePolicyOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
  const policy: CachePolicy = { maxAge: Number.POSITIVE_INFINITY, scope: "PUBLIC" };
  const root = operation.operation === "query" ? schema.getQueryType() : null;
  if (!root) return { maxAge: 0, scope: "PUBLIC" };
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );

  const walk = (
    selectionSet: SelectionSetNode | undefined,
    parentType: GraphQLCompositeType,
    isRoot: boolean,
    visited: ReadonlySet<string>,
  ): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && visited.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
        const nextVisited = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...visited, selection.name.value]) : visited;
        if (condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, isRoot, nextVisited);
        continue;
      }
      // A union has no fields of its own: only __typename and fragments on its members.
      const field = "getFields" in parentType ? parentType.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const returned = getNamedType(field.type);
      const fieldHint = hintOf(field.astNode);
      const hint = { ...(isCompositeType(returned) ? hintOf(returned.astNode) : {}), ...fieldHint };
      if (hint.maxAge !== undefined && !fieldHint.inheritMaxAge) policy.maxAge = Math.min(policy.maxAge, hint.maxAge);
      else if ((isRoot || isCompositeType(returned)) && !hint.inheritMaxAge) policy.maxAge = 0;
      if (hint.scope === "PRIVATE") policy.scope = "PRIVATE";
      if (isCompositeType(returned)) walk(selection.selectionSet, returned, false, visited);
    }
  };
  walk(operation.selectionSet, root, true, new Set());
  return { maxAge: Number.isFinite(policy.maxAge) ? policy.maxAge : 0, scope: policy.scope };
}

/**
 * Cache-Control on answers: `public, max-age=N` on successful GET queries whose fields all allow it
 * (with Vary: Accept-Language, since names follow it), `no-store` on everything else. Computed once
 * per document and operation, instead of Apollo's per-field instrumentation.
 */
export function cachePolicyPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const policies = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  const policyFor = (document: DocumentNode, operation: OperationDefinitionNode) => {
    const byOperation = policies.get(document) ?? new Map<string, CachePolicy>();
    policies.set(document, byOperation);
    const name = operation.name?.value ?? "";
    const policy = byOperation.get(name) ?? cachePolicyOf(schema, document, operation);
    byOperation.set(name, policy);
    return policy;
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, document, operation }) {
          const succeeded = response.body.kind === "single" && !response.body.singleResult.errors;
          const policy = succeeded && document && operation && request.http?.method === "GET" ? policyFor(document, operation) : null;
          if (policy && policy.maxAge > 0) {
            response.http.headers.set("cache-control", `${policy.scope.toLowerCase()}, max-age=${policy.maxAge}`);
            const vary = response.http.headers.get("vary");
            response.http.headers.set("vary", vary ? `${vary}, Accept-Language` : "Accept-Language");
          } else {
            response.http.headers.set("cache-control", "no-store");
          }
        },
      };
    },
  };
}
