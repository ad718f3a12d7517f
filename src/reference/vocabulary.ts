import { PROJECT_TYPES } from "./project-types";
import { REGIONS } from "./regions";
import { foldForMatching } from "./normalize";

function indexByFoldedName<T extends { code: string; nameFr: string; nameEn: string; nameEs: string; aliases: readonly string[] }>(
  entries: readonly T[],
): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.nameFr, entry.nameEn, entry.nameEs, ...entry.aliases]) index.set(foldForMatching(name), entry.code);
  }
  return index;
}

const REGION_BY_NAME = indexByFoldedName(REGIONS);
const PROJECT_TYPE_BY_NAME = indexByFoldedName(PROJECT_TYPES);

/** The Fund region code for a region name in any of the three languages ("Afrique", "Africa", "África"). */
export function regionCodeOf(name: string): string | undefined {
  return REGION_BY_NAME.get(foldForMatching(name));
}

/** The project type code for a type name in any language, or undefined when the type is not a known one. */
export function projectTypeCodeOf(name: string): string | undefined {
  return PROJECT_TYPE_BY_NAME.get(foldForMatching(name));
}
