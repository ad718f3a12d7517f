import { GraphQLError } from "graphql";

/** An argument the client sent is not acceptable; the message says which and why. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
  }
}

/** The query is too deep or too costly to run; the message gives the limit. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
  }
}

/**
 * A request refused at the HTTP layer, before GraphQL: answered with its status and a GraphQL-shaped
 * body (`errors[0].extensions.code`), so that clients read it like any other error.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
  ) {
    super(message);
  }
}
