import { coerceInputValue, GraphQLList, GraphQLNonNull, type GraphQLInputObjectType } from "graphql";
import { BadUserInputError } from "./errors";

// An ordering as a URL query parameter: `orderBy=BUDGET:DESC,CODE`, its keys first to last, each a field
// and, after a colon, a direction (ascending when left out, as in GraphQL); comma-separated or repeated
// (`orderBy=BUDGET:DESC&orderBy=CODE`). The keys are then coerced by graphql-js against the schema's own
// input type of a key ({ field, direction }), so that a key is refused exactly when GraphQL would refuse it.

/** The query parameter an ordering is given in, named as the lists' GraphQL argument. */
export const ORDER_PARAMETER = "orderBy";

/** One key of an ordering as GraphQL arguments give it. */
export interface OrderKey {
  field: string;
  direction: string;
}

function keyOf(text: string): Record<string, string> {
  const [field = "", direction, ...rest] = text.split(":").map((part) => part.trim());
  if (field === "" || direction === "" || rest.length > 0) {
    throw new BadUserInputError(
      `Parameter "${ORDER_PARAMETER}" takes keys as FIELD or FIELD:ASC or FIELD:DESC, comma-separated (got "${text.slice(0, 40)}")`,
      ORDER_PARAMETER,
    );
  }
  return direction === undefined ? { field } : { field, direction };
}

/**
 * The ordering the `orderBy` parameters give, coerced by the type of a key (`keyType`) as the list's
 * orderBy argument is; null when there is none. A key the type refuses is a BadUserInputError naming the parameter.
 */
export function orderFromParameters(parameters: URLSearchParams, keyType: GraphQLInputObjectType): Array<Record<string, unknown>> | null {
  const keys = parameters
    .getAll(ORDER_PARAMETER)
    .flatMap((text) => text.split(","))
    .filter((text) => text.trim() !== "");
  if (keys.length === 0) return null;
  return coerceInputValue(keys.map(keyOf), new GraphQLList(new GraphQLNonNull(keyType)), (_path, _value, error) => {
    throw new BadUserInputError(`Parameter "${ORDER_PARAMETER}": ${error.message}`, ORDER_PARAMETER);
  }) as Array<Record<string, unknown>>;
}

/** Adds an ordering (as GraphQL arguments give it) to query parameters as orderFromParameters reads it back: one `orderBy` a key. */
export function addOrderParameters(parameters: URLSearchParams, orderBy: readonly OrderKey[] | null | undefined): void {
  for (const key of orderBy ?? []) parameters.append(ORDER_PARAMETER, `${key.field}:${key.direction}`);
}
