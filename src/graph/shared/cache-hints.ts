/**
 * How long HTTP caches may keep answers, as Apollo's @cacheControl hints on types and fields
 * (src/apollo/cache-policy.ts applies them). A response may be kept as long as its shortest-lived field.
 */
/** Seconds caches may keep projects and news: imports change them, a few times a day at most. */
export const IMPORTED_DATA_MAX_AGE_SECONDS = 300;

export const CACHE_HINT = {
  /** Regions and countries: they change only with a new version of the service. */
  referenceData: "@cacheControl(maxAge: 86400)",
  /** Projects and news. */
  importedData: `@cacheControl(maxAge: ${IMPORTED_DATA_MAX_AGE_SECONDS})`,
  /** Search results and statistics: computed over everything, so the first to reflect an import. */
  computedData: "@cacheControl(maxAge: 60)",
  /** Wrappers (connections, edges, page info): as long as the field that returns them. */
  asParent: "@cacheControl(inheritMaxAge: true)",
} as const;

/** The definitions the hints need in the schema's SDL. */
export const CACHE_CONTROL_DEFINITIONS = `
"Who may keep a cached answer: any cache, or only the client's own."
enum CacheControlScope {
  "Shared caches (CDNs, proxies) may keep it."
  PUBLIC
  "Only the client's own cache may keep it."
  PRIVATE
}

"How long HTTP caches may keep answers that include this type or field (Apollo's cache hints)."
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;
