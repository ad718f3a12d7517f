import {
  coerceInputValue,
  getNullableType,
  GraphQLID,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from "graphql";
import { BadUserInputError } from "./errors";

// A filter as URL query parameters: a field's name for the field (`status=ACTIVE`), `field.bound` for
// the fields of a range (`budgetUsd.min=100000`); list fields repeated (`region=LAC&region=AFR`) or,
// for codes and enum values, comma-separated (`region=LAC,AFR`). Lists of names (projectType) are not
// split, since names hold commas. The values are then coerced by graphql-js against the schema's own
// input type, so that a parameter is refused exactly when the same value in a GraphQL filter would be.

/** A list whose items are codes or enum values, none of which holds a comma. */
const splitsOnCommas = (itemType: GraphQLInputType) => {
  const named = getNullableType(itemType);
  return named === GraphQLID || isEnumType(named);
};

/** The text of a parameter as the JSON value a variable would carry: whole numbers for Int, else the text. */
function leafValue(type: GraphQLInputType, text: string): unknown {
  return getNullableType(type) === GraphQLInt && /^[+-]?\d{1,10}$/.test(text) ? Number(text) : text;
}

function unknownParameter(name: string, known: string[]): BadUserInputError {
  return new BadUserInputError(`Unknown parameter "${name}"; the filter's parameters are ${known.join(", ")}`, name);
}

/**
 * The filter that query parameters describe, coerced by the input type's own rules (enum values,
 * scalars, ranges' bounds); parameters in `ignored` belong to something else (locale). A parameter
 * the type does not know, or a value it refuses, is a BadUserInputError naming the parameter.
 */
export function filterFromParameters(
  parameters: URLSearchParams,
  type: GraphQLInputObjectType,
  ignored: ReadonlySet<string>,
): Record<string, unknown> {
  const fields = type.getFields();
  const raw: Record<string, unknown> = {};
  for (const [name, text] of parameters) {
    if (ignored.has(name)) continue;
    const [fieldName = "", boundName, ...rest] = name.split(".");
    const field = fields[fieldName];
    if (!field) throw unknownParameter(name, Object.keys(fields));
    const fieldType = getNullableType(field.type);
    if (isInputObjectType(fieldType)) {
      const bound = boundName === undefined || rest.length > 0 ? undefined : fieldType.getFields()[boundName];
      const bounds = Object.keys(fieldType.getFields()).map((key) => `${fieldName}.${key}`);
      if (!bound) throw unknownParameter(name, bounds);
      const given = (raw[fieldName] ??= {}) as Record<string, unknown>;
      if (bound.name in given) throw new BadUserInputError(`Parameter "${name}" is given twice`, name);
      given[bound.name] = leafValue(bound.type, text);
    } else if (boundName !== undefined) {
      throw unknownParameter(name, Object.keys(fields));
    } else if (isListType(fieldType)) {
      const values = splitsOnCommas(fieldType.ofType) ? text.split(",").map((value) => value.trim()) : [text];
      const items = values.filter((value) => value !== "").map((value) => leafValue(fieldType.ofType, value));
      raw[fieldName] = [...((raw[fieldName] as unknown[] | undefined) ?? []), ...items];
    } else {
      if (fieldName in raw) throw new BadUserInputError(`Parameter "${name}" is given twice; it takes one value`, name);
      raw[fieldName] = leafValue(fieldType, text);
    }
  }
  return coerceInputValue(raw, type, (path, _value, error) => {
    const name = path.filter((key) => typeof key === "string").join(".");
    throw new BadUserInputError(`Parameter "${name}": ${error.message}`, name);
  }) as Record<string, unknown>;
}

/** A filter (as GraphQL arguments give it) as the query parameters filterFromParameters reads back. */
export function parametersOfFilter(filter: object | null | undefined): URLSearchParams {
  const parameters = new URLSearchParams();
  const add = (name: string, value: unknown) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (value instanceof Date) parameters.append(name, value.toISOString());
    else if (typeof value === "object") for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner);
    else parameters.append(name, String(value));
  };
  for (const [name, value] of Object.entries(filter ?? {})) add(name, value);
  return parameters;
}
