import { BadUserInputError } from "../shared/errors";
import { COUNTRIES } from "../../reference/countries";

const ALPHA2_BY_CODE = new Map<string, string>(
  COUNTRIES.flatMap((country) => [
    [country.code, country.code],
    [country.iso3, country.code],
  ]),
);

/**
 * The alpha-2 code for an ISO 3166-1 alpha-2 or alpha-3 code in any case ("co", "COL" → "CO"),
 * undefined for a well-formed code no country has; a malformed one is the client's error.
 */
export function alpha2Of(code: string, argument: string): string | undefined {
  const trimmed = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(trimmed)) {
    throw new BadUserInputError(
      `"${argument}" must be an ISO 3166-1 alpha-2 ("CO") or alpha-3 ("COL") country code (got "${code}")`,
      argument,
    );
  }
  return ALPHA2_BY_CODE.get(trimmed);
}

/** Alpha-2 codes for a list of codes, dropping well-formed codes of no country (they match nothing). */
export function alpha2List(codes: readonly string[], argument: string): string[] {
  return codes.map((code) => alpha2Of(code, argument)).filter((code): code is string => code !== undefined);
}
