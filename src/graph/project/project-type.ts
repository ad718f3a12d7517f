import type { ReferenceCache } from "../../db/reference-cache";
import { nameIn, type Locale } from "../shared/locale";

/**
 * The name of a project type in a language, from memory: a value, not a promise, unless the type
 * is new since the cache was read (then it is read again once).
 */
export function projectTypeName(reference: ReferenceCache, code: string | null, locale: Locale): string | null | Promise<string | null> {
  if (!code) return null;
  const type = reference.projectType(code);
  return type instanceof Promise ? type.then((found) => (found ? nameIn(found, locale) : null)) : nameIn(type, locale);
}
