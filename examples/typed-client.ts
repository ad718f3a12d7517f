import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { ActiveProjectsBenefitingDocument, CountryProjectsDocument } from "./generated/graphql";

/** The smallest typed GraphQL client: the document's types flow into the variables and the result. */
export async function execute<Result, Variables>(
  url: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((error) => error.message).join("; ") ?? "no data");
  return body.data;
}

/** Codes and budgets of the active projects benefiting a country. */
export async function activeProjectBudgets(url: string, country: string): Promise<Array<{ code: string; budgetUsd: string | null }>> {
  const result = await execute(url, ActiveProjectsBenefitingDocument, { country: [country], first: 10 });
  return result.projects.nodes.map(({ code, budgetUsd }) => ({ code, budgetUsd }));
}

/** A country's name and its active projects' titles, in the given language. */
export async function countryProjectTitles(
  url: string,
  code: string,
  locale: "FR" | "EN" | "ES",
): Promise<{ name: string; titles: string[] } | null> {
  const { memberState } = await execute(url, CountryProjectsDocument, { code, locale });
  return memberState && { name: memberState.name, titles: memberState.projects.nodes.map((project) => project.title) };
}
