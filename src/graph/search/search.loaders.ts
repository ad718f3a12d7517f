import type { ReadSql } from "../../db/sql-reads";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import type { Locale } from "../shared/locale";
import type { Ordering } from "../shared/ordering";
import type { PageRequest } from "../shared/page-request";
import type { SearchKind } from "../shared/text-search";
import { readSearchMatches } from "./search.reads";
import type { SearchHit } from "./search.type";

const SEARCH_KINDS: readonly SearchKind[] = ["project", "news"];

/** Search for one request: a page of results is one statement; the items found are loaded by key, batched. */
export function createSearchLoaders(read: ReadSql) {
  return {
    /** A page of search results: offset paging, since relevance is no stable key to page on. */
    page: async (
      text: string,
      locale: Locale | null,
      ordering: Ordering<SearchHit>,
      page: PageRequest,
      withCount: boolean,
    ): Promise<ConnectionData<SearchHit>> => {
      const offset = page.after ? Number(page.after[0]) + 1 : 0;
      const { matches, total } = await readSearchMatches(read, text, {
        kinds: SEARCH_KINDS,
        locale,
        offset,
        limit: page.first + 1,
        withCount,
      });
      const hits = matches.map((match, index) => ({ ...match, position: offset + index }));
      return connectionFrom(hits, page, ordering, total);
    },
  };
}
