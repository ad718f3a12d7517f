import { Prisma } from "@prisma/client";
import { BadUserInputError } from "../shared/errors";
import type { Ordering, SortKey } from "../shared/ordering";
import { searchText, textQuery, textRank } from "../shared/text-search";
import { OrderDirection, ProjectOrderField, type ProjectOrder } from "./project-order.input";
import type { ProjectFilter } from "./project.inputs";
import type { Project } from "./project.type";

const codeKey: SortKey<Project> = {
  field: "code",
  column: Prisma.sql`p."code"`,
  type: "text",
  direction: "asc",
  nullable: false,
  valueOf: (project) => project.code,
};

export const PROJECTS_BY_CODE: Ordering<Project> = { name: "project:code", keys: [codeKey] };

type KeyWithoutDirection = Omit<SortKey<Project>, "direction">;

const yearKey = (field: "allocationYear" | "startYear" | "endYear"): KeyWithoutDirection => ({
  field,
  column: Prisma.raw(`p."${field}"`),
  type: "int",
  nullable: true,
  valueOf: (project) => project[field] ?? null,
});

const PROJECT_SORT_KEYS: Record<Exclude<ProjectOrderField, "RELEVANCE">, KeyWithoutDirection> = {
  BUDGET: {
    field: "budgetUsd",
    column: Prisma.sql`p."budgetUsd"`,
    selected: Prisma.sql`p."budgetUsd"::text`,
    type: "numeric",
    nullable: true,
    valueOf: (project) => project.budgetUsd ?? null,
  },
  ALLOCATION_YEAR: yearKey("allocationYear"),
  START_YEAR: yearKey("startYear"),
  END_YEAR: yearKey("endYear"),
  TITLE: {
    field: "sortTitle",
    column: Prisma.sql`p."sortTitle"`,
    type: "text",
    nullable: false,
    valueOf: (project) => project.sortTitle ?? "",
  },
  CODE: codeKey,
};

/** A project's (alias p) relevance to the text: the best of its documents; what RELEVANCE orders by. */
function projectRelevance(text: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(max(${textRank(Prisma.sql`d."vector"`, textQuery(text))}), 0)::float8 FROM "SearchDocument" d
    WHERE d."kind" = 'project' AND d."key" = p."code" AND d."vector" @@ ${textQuery(text)})`;
}

function sortKeyOf(field: ProjectOrderField, text: string | null): KeyWithoutDirection {
  if (field !== ProjectOrderField.RELEVANCE) return PROJECT_SORT_KEYS[field];
  if (!text) throw new BadUserInputError('Ordering by RELEVANCE needs a text to be relevant to: set "filter.text"', "orderBy");
  return {
    field: "relevance",
    column: projectRelevance(text),
    type: "float8",
    nullable: false,
    valueOf: (project) => project.relevance ?? 0,
  };
}

/**
 * The ordering a client asked for, ending on the project code so that no two projects tie; RELEVANCE
 * ranks by the filter's text. A cursor carries the ordering's name, so that it only continues the
 * ordering (and search text) it came from.
 */
export function projectOrdering(
  orderBy: readonly ProjectOrder[] | null | undefined,
  filter: ProjectFilter | null | undefined,
): Ordering<Project> {
  if (!orderBy || orderBy.length === 0) return PROJECTS_BY_CODE;
  const text = filter?.text ? searchText(filter.text, "filter.text") : null;
  const fields = orderBy.map((order) => order.field);
  if (new Set(fields).size !== fields.length) throw new BadUserInputError(`"orderBy" names a field twice: ${fields.join(", ")}`, "orderBy");
  const keys: SortKey<Project>[] = orderBy.map((order) => ({
    ...sortKeyOf(order.field, text),
    direction: order.direction === OrderDirection.DESC ? "desc" : "asc",
  }));
  if (fields[fields.length - 1] !== ProjectOrderField.CODE) keys.push(codeKey);
  const relevanceOf = fields.includes(ProjectOrderField.RELEVANCE) ? `:${text}` : "";
  return { name: `project:${orderBy.map((order) => `${order.field}.${order.direction}`).join(",")}${relevanceOf}`, keys };
}
