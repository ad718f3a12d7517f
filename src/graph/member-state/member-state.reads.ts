import { Prisma } from "@prisma/client";
import type { ReferenceCache } from "../../db/reference-cache";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import type { Ordering } from "../shared/ordering";
import type { PageRequest } from "../shared/page-request";
import type { MemberState } from "./member-state.type";

/** Countries by alpha-2 code; they are paged in memory, the column is never used in SQL. */
export const MEMBER_STATES_BY_CODE: Ordering<MemberState> = {
  name: "state:code",
  keys: [{ field: "code", column: Prisma.sql`"code"`, type: "text", direction: "asc", nullable: false, valueOf: (state) => state.code }],
};

/** A page of all countries: reference data, paged in memory, no SQL. */
export function memberStatePage(reference: ReferenceCache, page: PageRequest): ConnectionData<MemberState> {
  const states = reference.allMemberStates();
  const after = page.after?.[0];
  const start = typeof after === "string" ? states.findIndex((state) => state.code > after) : 0;
  const rows = start < 0 ? [] : states.slice(start, start + page.first + 1);
  return connectionFrom(rows, page, MEMBER_STATES_BY_CODE, states.length);
}
