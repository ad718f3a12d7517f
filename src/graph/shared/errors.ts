import { GraphQLError } from "graphql";

/** An argument the client sent is not acceptable; the message says which and why. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
  }
}
