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

/** Every name of the known project types, folded, with the type's code. */
export const KNOWN_PROJECT_TYPE_NAMES: ReadonlyMap<string, string> = PROJECT_TYPE_BY_NAME;

/** The project type code for a type name in any language, or undefined when the type is not a known one. */
export function projectTypeCodeOf(name: string): string | undefined {
  return PROJECT_TYPE_BY_NAME.get(foldForMatching(name));
}

const KNOWN_PROJECT_TYPE_CODES = new Set(PROJECT_TYPES.map((type) => type.code));

/** Whether a project type code is one of the reference list's, rather than one the importer added. */
export function isKnownProjectType(code: string): boolean {
  return KNOWN_PROJECT_TYPE_CODES.has(code);
}
