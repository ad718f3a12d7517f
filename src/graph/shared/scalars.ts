import { GraphQLScalarType, Kind } from "graphql";
import { BadUserInputError } from "./errors";

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === "string" && DECIMAL.test(value)) return value;
  if (typeof value === "number" && Number.isFinite(value) && DECIMAL.test(String(value))) return String(value);
  throw new BadUserInputError(
    `Decimal must be a number with at most 12 digits and 2 decimals, such as "400000.00" (got ${JSON.stringify(value)})`,
  );
}

/** Exact decimals (money), serialized as strings so that no client rounds them through a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'An exact decimal number serialized as a string with two decimals, such as "400000.00".',
  serialize(value) {
    // Prisma returns decimal.js values for Decimal columns.
    if (value && typeof value === "object" && "toFixed" in value && typeof value.toFixed === "function") return value.toFixed(2) as string;
    return formatTwoDecimals(parseDecimal(value));
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new BadUserInputError('Decimal must be written as a string or a number, such as "400000.00"');
  },
});

function formatTwoDecimals(value: string): string {
  const [integer, fraction = ""] = value.split(".");
  return `${integer}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}
