import type { Language } from "@prisma/client";
import type { CountryMatcher } from "../reference/country-matcher";
import { regionCodeOf } from "../reference/vocabulary";
import { isPrimaId, isProjectCode } from "../reference/identifiers";
import { FieldValueError, guessLanguage, parseBudget, parseCoverage, parseYear, statusOf } from "./field-values";
import { PageParseError, type ParsedProject } from "./parsed-page";
import type { LabeledValue, ProjectLayout } from "./project-layouts";
import type { ProjectField } from "./project-labels";
import { collapseSpaces, joinParagraphs, stripHtmlRemnants } from "./text-cleanup";

const MAX_TITLE_LENGTH = 500;
export const PROJECT_CODE_LABELS = "Project ID / Projet ID / Proyecto ID";

/** Turns the values a layout read into a project, or says which value on which line is wrong. */
export function interpretProjectLayout(file: string, layout: ProjectLayout, countries: CountryMatcher): ParsedProject {
  const fail = (line: number | null, problem: string): never => {
    throw new PageParseError(file, line, problem);
  };
  const byField = new Map<ProjectField, LabeledValue>();
  for (const entry of layout.values) {
    // Pages sometimes put the status under the wrong label ("Tipo de proyecto: Finalizado").
    const field = statusOf(entry.value) ? "status" : entry.field;
    if (entry.value && !byField.has(field)) byField.set(field, { ...entry, field });
  }
  const read = <T>(field: ProjectField, parse: (value: string) => T): T | null => {
    const entry = byField.get(field);
    if (!entry) return null;
    try {
      return parse(entry.value);
    } catch (error) {
      if (error instanceof FieldValueError) return fail(entry.line, error.message);
      throw error;
    }
  };
  const countryList = (field: ProjectField, what: string): string[] | null => {
    const entry = byField.get(field);
    if (!entry) return null;
    const match = countries.matchList(entry.value);
    if (match.ok) return match.codes;
    // A list written one country per line: point at the line with the unknown name.
    const part = entry.value.split("\n").findIndex((line) => line.includes(match.unmatched));
    return fail(entry.lines?.[part] ?? entry.line, `unknown country name "${match.unmatched}" in ${what} "${collapseSpaces(entry.value)}"`);
  };

  const title = collapseSpaces(stripHtmlRemnants(layout.title.text));
  if (!title) fail(layout.title.number, "missing title");
  if (title.length > MAX_TITLE_LENGTH) fail(layout.title.number, `title is ${title.length} characters long (at most ${MAX_TITLE_LENGTH})`);

  const code = read("code", (value) => {
    if (!isProjectCode(value)) throw new FieldValueError(`invalid project code "${value}" (expected a code such as RT.1130 or L12-805)`);
    return value;
  });
  if (!code)
    return fail(
      layout.fieldsLine,
      `no project code among the fields from this line on (${PROJECT_CODE_LABELS}): a project cannot be imported without it`,
    );
  const status = read("status", (value) => statusOf(value)!.status);
  if (!status)
    return fail(
      layout.fieldsLine,
      "no project status among the fields from this line on (Actif / Achevé, Active / Completed, Activo / Finalizado)",
    );

  const description = joinParagraphs(layout.descriptionLines.map((line) => line.text));
  return {
    code,
    primaId: read("primaId", (value) => {
      if (!isPrimaId(value)) throw new FieldValueError(`invalid Prima ID "${value}" (expected a code such as AR99P0518)`);
      return value;
    }),
    title,
    description,
    status,
    projectTypeName: read("projectType", collapseSpaces),
    budgetUsd: read("budget", parseBudget),
    coverage: read("coverage", parseCoverage),
    allocationYear: read("allocationYear", parseYear),
    startYear: read("startYear", parseYear),
    endYear: read("endYear", parseYear),
    regionCode: read("region", (value) => {
      const region = regionCodeOf(value);
      if (!region) throw new FieldValueError(`unknown IDF region "${value}"`);
      return region;
    }),
    beneficiaryCodes: countryList("beneficiaries", "beneficiary member states"),
    otherBenefitingCodes: countryList("otherBenefiting", "other benefiting countries"),
    language: languageOf(layout, byField, `${title} ${description ?? ""}`),
  };
}

function languageOf(layout: ProjectLayout, byField: Map<ProjectField, LabeledValue>, text: string): Language {
  const votes = new Map<Language, number>();
  for (const entry of layout.values) {
    if (entry.language) votes.set(entry.language, (votes.get(entry.language) ?? 0) + 1);
  }
  const [top, runnerUp] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  // Labels split evenly between two languages tell nothing: the status word or the text decides.
  if (top && top[1] !== runnerUp?.[1]) return top[0];
  const status = byField.get("status");
  return (status && statusOf(status.value)?.language) || guessLanguage(text);
}
