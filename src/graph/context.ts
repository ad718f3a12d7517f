import type { ReadSql } from "../db/sql-reads";
import type { ReferenceCache } from "../db/reference-cache";
import { createLoaders, type Loaders } from "../loaders";
import { localeFromAcceptLanguage, type Locale } from "./shared/locale";

/** What every resolver of one request sees: its own loaders, reference data and the caller's language. */
export interface Context {
  loaders: Loaders;
  /** Regions, countries and project types, from memory. */
  reference: ReferenceCache;
  /** Language from Accept-Language, used where a field's locale argument is left out. */
  locale: Locale;
  /** The request's id (its x-request-id), for logs. */
  requestId: string;
}

export interface ContextSources {
  read: ReadSql;
  reference: ReferenceCache;
  acceptLanguage: string | undefined;
  requestId: string;
  /** Told the size of each loader batch (metrics). */
  onBatch?: (size: number) => void;
}

export function createContext({ read, reference, acceptLanguage, requestId, onBatch }: ContextSources): Context {
  return { loaders: createLoaders(read, onBatch), reference, locale: localeFromAcceptLanguage(acceptLanguage), requestId };
}
