import type { PrismaClient } from "@prisma/client";
import type { ReferenceCache } from "../db/reference-cache";
import { createLoaders, type Loaders } from "../loaders";
import { Locale } from "./shared/locale";
import { createListQueries, type ListQueries } from "./shared/list-queries";

/** What every resolver of one request sees: its own loaders, the list queries, reference data and the caller's language. */
export interface Context {
  loaders: Loaders;
  lists: ListQueries;
  /** Regions, countries and project types, from memory. */
  reference: ReferenceCache;
  /** Language from Accept-Language, used where a field's locale argument is left out. */
  locale: Locale;
  /** The request's id (its x-request-id), for logs. */
  requestId: string;
}

export interface ContextSources {
  prisma: PrismaClient;
  reference: ReferenceCache;
  acceptLanguage: string | undefined;
  requestId: string;
  /** Told the size of each loader batch (metrics). */
  onBatch?: (size: number) => void;
}

export function createContext({ prisma, reference, acceptLanguage, requestId, onBatch }: ContextSources): Context {
  return {
    loaders: createLoaders(prisma, onBatch),
    lists: createListQueries(prisma, reference),
    reference,
    locale: localeFromAcceptLanguage(acceptLanguage),
    requestId,
  };
}

/** The supported language the caller prefers most ("en-GB,en;q=0.9,fr;q=0.8" → EN), French when none is supported. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  const supported = new Set<string>(Object.values(Locale));
  const preferences = (header ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.split("-")[0]!.toUpperCase(), quality: quality ? Number(quality) : 1, position };
    })
    .filter((preference) => supported.has(preference.language) && preference.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  return (preferences[0]?.language as Locale | undefined) ?? Locale.FR;
}
