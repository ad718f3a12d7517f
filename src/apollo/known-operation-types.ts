import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Refuses a mutation or subscription when the schema has none, as graphql-js 17 does: graphql-js 16
 * validates such operations and fails only when executing them, with an error that carries no code.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`The schema has no ${node.operation} operations: this API only answers queries.`, { nodes: node }),
      );
    }
  },
});
