/** Where the service is: set VITE_GRAPHQL_URL when building or serving the example to use another. */
export const SERVICE_URL = import.meta.env.VITE_GRAPHQL_URL || "http://127.0.0.1:4000/graphql";

const DEFAULT_PAGE_SIZE = 10;

/** Projects a page shows, 1 to 100: `?pageSize=1` in the page's address shows paging on few projects. */
export const PAGE_SIZE = pageSizeFrom(new URLSearchParams(window.location.search).get("pageSize"));

function pageSizeFrom(text: string | null): number {
  const size = Number(text);
  return Number.isInteger(size) && size >= 1 && size <= 100 ? size : DEFAULT_PAGE_SIZE;
}
