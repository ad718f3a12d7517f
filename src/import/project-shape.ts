import type { CountryMatcher } from "../reference/country-matcher";
import { foldForMatching } from "../reference/normalize";
import { projectTypeCodeOf, regionCodeOf } from "../reference/vocabulary";
import { isPrimaId } from "../reference/identifiers";
import { coverageOf, statusOf } from "./field-values";
import type { PageLine } from "./parsed-page";
import { fieldOfLabel } from "./project-labels";

/** Where a page that no project layout read still shows the fields of a project page. */
export interface ProjectShape {
  /** The first line that reads as a project's field. */
  line: number;
  /** The kinds of field seen and their lines, for the error message ("project type on line 35, ..."). */
  evidence: string;
}

// Field values and labels start with a capital or a digit and are short: a line starting in lower
// case (text wrapped mid-sentence), of more than eight words, or ending a sentence, is text. (The
// longest type names are longer; a page without its code shows enough other fields.)
const MAX_FIELD_WORDS = 8;
const STARTS_LIKE_A_FIELD = /^[\p{Lu}\d]/u;
const ENDS_SENTENCE = /[.!?;,]["”»)]?$/;
// News text shows one kind of project field now and then (a country name alone on a line); a project
// page without its code shows several.
const KINDS_OF_A_PROJECT_PAGE = 3;

/** What kind of project field a line is, if any: "Achevé", "Afrique", "Sénégal Mali", "Type de projet: ...". */
function fieldKindOf(text: string, countries: CountryMatcher): string | null {
  if (!STARTS_LIKE_A_FIELD.test(text) || ENDS_SENTENCE.test(text) || text.split(/\s+/).length > MAX_FIELD_WORDS) return null;
  // Folded once: the vocabulary lookups fold again, which costs little on folded (ASCII) text.
  const folded = foldForMatching(text);
  if (!folded) return null;
  if (isPrimaId(text)) return "Prima ID";
  if (statusOf(folded)) return "status";
  if (coverageOf(folded)) return "coverage";
  if (regionCodeOf(folded)) return "region";
  if (projectTypeCodeOf(folded)) return "project type";
  // Each label counts apart: a page of "Label: value" lines shows several.
  const label = text.includes(":") ? text.split(":")[0]!.trim() : text;
  if (fieldOfLabel(label)) return `label "${label}"`;
  if (countries.isList(text)) return "countries";
  return null;
}

// The older layout without its code may show no more than a project type and a list of countries,
// right under the title (written once or twice): news never open that way.
const KINDS_UNDER_AN_UNLABELED_TITLE = ["project type", "countries"];

/**
 * The signs that a page is a project page without its project code: three kinds of project field
 * or more (a project type, a status, a list of countries, ...), each alone on its line, or a project
 * type and countries right under the title. Such a page is refused, never stored as news. The first
 * line, the title, is not a field.
 */
export function projectShapeOf(lines: readonly PageLine[], countries: CountryMatcher): ProjectShape | null {
  const [title, ...rest] = lines;
  const fields: Field[] = rest.map((line) => ({ line: line.number, kind: fieldKindOf(line.text.trim(), countries) }));
  const anywhere = firstLineOfEachKind(fields);
  if (anywhere.size >= KINDS_OF_A_PROJECT_PAGE) return shapeOf(anywhere);
  // The older layout writes the title twice.
  const start = rest[0] && rest[0].text.trim() === title?.text.trim() ? 1 : 0;
  const end = fields.findIndex((field, index) => index >= start && !field.kind);
  const underTitle = firstLineOfEachKind(fields.slice(start, end < 0 ? undefined : end));
  return KINDS_UNDER_AN_UNLABELED_TITLE.every((kind) => underTitle.has(kind)) ? shapeOf(underTitle) : null;
}

interface Field {
  line: number;
  kind: string | null;
}

function firstLineOfEachKind(fields: readonly Field[]): Map<string, number> {
  const lineByKind = new Map<string, number>();
  for (const { line, kind } of fields) {
    if (kind && !lineByKind.has(kind)) lineByKind.set(kind, line);
  }
  return lineByKind;
}

function shapeOf(lineByKind: ReadonlyMap<string, number>): ProjectShape {
  const found = [...lineByKind].sort((a, b) => a[1] - b[1]);
  return { line: found[0]![1], evidence: found.map(([kind, line]) => `${kind} on line ${line}`).join(", ") };
}
