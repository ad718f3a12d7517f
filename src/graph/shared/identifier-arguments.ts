import { COUNTRIES } from "../../reference/countries";
import { isProjectCode } from "../../reference/identifiers";
import { BadUserInputError } from "./errors";

// The checks of identifiers clients pass (codes, ids), for arguments and filter fields alike: a
// malformed one is the client's error, named by its argument; a well-formed one that names nothing
// finds nothing.

const ALPHA2_BY_CODE = new Map<string, string>(
  COUNTRIES.flatMap((country) => [
    [country.code, country.code],
    [country.iso3, country.code],
  ]),
);

/** The alpha-2 code for an ISO 3166-1 alpha-2 or alpha-3 code in any case ("co", "COL" → "CO"), undefined for no country. */
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

/** An IOM project code ("PO.0201", "L12-805"), trimmed. */
export function projectCodeOf(code: string, argument: string): string {
  const trimmed = code.trim();
  if (!isProjectCode(trimmed)) {
    throw new BadUserInputError(`"${argument}" must be an IOM project code such as "PO.0201" or "L12-805" (got "${code}")`, argument);
  }
  return trimmed;
}

/** A news id: the slug NewsArticle.id gives. */
export function newsIdOf(id: string, argument: string): string {
  if (!/^[a-z0-9-]{1,160}$/.test(id)) {
    throw new BadUserInputError(
      `"${argument}" must be a news id: lower-case letters, digits and dashes (got "${id.slice(0, 60)}")`,
      argument,
    );
  }
  return id;
}

/** A Fund region code ("LAC"), in upper case. */
export function regionCodeOf(code: string, argument: string): string {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(normalized)) {
    throw new BadUserInputError(`"${argument}" must be a region code of 2 to 4 letters, such as "LAC" (got "${code}")`, argument);
  }
  return normalized;
}
