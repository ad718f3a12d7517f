import { CountryMatcher } from "../reference/country-matcher";
import { regionCodeOf } from "../reference/vocabulary";
import { coverageOf, isPrimaId, isProjectCode, parseBudget, statusOf } from "./field-values";
import type { PageLine } from "./parsed-page";
import { fieldOfLabel, type LabelMatch, type ProjectField } from "./project-labels";

/** One value of a project page, tied to the field it fills and the line it came from. */
export interface LabeledValue extends LabelMatch {
  value: string;
  line: number;
}

/** What each layout reads off a page, before the values are interpreted. */
export interface ProjectLayout {
  title: PageLine;
  values: LabeledValue[];
  descriptionLines: PageLine[];
}

const isDash = (line: PageLine | undefined) => line?.text.trim() === "-";
const isMenuItem = (line: PageLine) => /^-\s/.test(line.text.trim());

/** A page without its title: empty, on the line where the title belongs, for the interpreter to refuse. */
const missingTitle = (where: PageLine): PageLine => ({ text: "", number: where.number });

/**
 * The samples' layout: site navigation, the title, then blocks of a "-" line, a label line and a
 * value line; the description follows the last block.
 */
export function readDashLayout(lines: readonly PageLine[]): ProjectLayout | null {
  const start = lines.findIndex((line, index) => isDash(line) && fieldOfLabel(lines[index + 1]?.text ?? ""));
  if (start < 0) return null;
  // The title is the last line before the blocks; the last menu item there ("- 2030 Agenda") means there is none.
  const before = lines.slice(0, start).reverse().find((line) => !isDash(line));
  const title = before && !isMenuItem(before) ? before : missingTitle(lines[start]!);
  const values: LabeledValue[] = [];
  let index = start;
  while (isDash(lines[index]) && lines[index + 1]) {
    const label = lines[index + 1]!;
    const valueLine = lines[index + 2];
    const match = fieldOfLabel(label.text);
    const hasValue = valueLine !== undefined && !isDash(valueLine);
    if (match && hasValue) values.push({ ...match, value: valueLine.text.trim(), line: valueLine.number });
    index += hasValue ? 3 : 2;
  }
  return { title, values, descriptionLines: lines.slice(index) };
}

const BULLET = /^\s*[•·▪◦*]\s*(.+)$/;
const isIndented = (line: PageLine) => /^\s/.test(line.text) && !BULLET.test(line.text);

/** The bulleted layout: "  • Label" lines, each value indented on the lines below; no navigation. */
export function readBulletLayout(lines: readonly PageLine[]): ProjectLayout | null {
  const labelAt = (line: PageLine | undefined) => {
    const bullet = line && BULLET.exec(line.text);
    return bullet?.[1] ? fieldOfLabel(bullet[1]) : undefined;
  };
  const firstLabel = lines.findIndex((line) => labelAt(line));
  if (firstLabel < 0) return null;
  // The title comes before the first label; a plain line after the labels is the description.
  const titleIndex = lines.findIndex((line) => !BULLET.test(line.text) && !isIndented(line));
  const title = titleIndex >= 0 && titleIndex < firstLabel ? lines[titleIndex]! : missingTitle(lines[firstLabel]!);
  const values: LabeledValue[] = [];
  const descriptionLines: PageLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (BULLET.test(line.text)) {
      // Every bullet owns the indented lines below it, known label or not ("• Donor"), so none leak into the description.
      const valueLines: PageLine[] = [];
      while (lines[index + 1] && isIndented(lines[index + 1]!)) valueLines.push(lines[(index += 1)]!);
      const match = labelAt(line);
      const [first] = valueLines;
      if (match && first) values.push({ ...match, value: valueLines.map((value) => value.text.trim()).join("\n"), line: first.number });
    } else if (line !== title) {
      descriptionLines.push(line);
    }
  }
  return { title, values, descriptionLines };
}

/**
 * The older Development Fund layout, with no labels: the title twice, then in a fixed order the
 * region, the project code, the Prima ID when there is one, the budget, one country per line, the
 * project type, the coverage and the status; the description after.
 */
export function readLegacyLayout(lines: readonly PageLine[], countries: CountryMatcher): ProjectLayout | null {
  const at = (index: number) => lines[index]?.text.trim() ?? "";
  const titleIndex = lines.findIndex(
    (_line, index) => at(index) !== "" && at(index) === at(index + 1) && regionCodeOf(at(index + 2)) && isProjectCode(at(index + 3)),
  );
  if (titleIndex < 0) return null;
  const values: LabeledValue[] = [];
  const push = (field: ProjectField, index: number) =>
    values.push({ field, language: null, value: at(index), line: lines[index]!.number });

  let index = titleIndex + 2;
  push("region", index++);
  push("code", index++);
  if (isPrimaId(at(index))) push("primaId", index++);
  if (isBudget(at(index))) push("budget", index++);
  const countryLines: number[] = [];
  while (index < lines.length && !statusOf(at(index)) && !coverageOf(at(index)) && countries.matchList(at(index)).ok) {
    countryLines.push(index++);
  }
  const [firstCountry] = countryLines;
  if (firstCountry !== undefined) {
    const value = countryLines.map(at).join("\n");
    values.push({ field: "beneficiaries", language: null, value, line: lines[firstCountry]!.number });
  }
  for (let taken = 0; taken < 3 && index < lines.length; taken += 1, index += 1) {
    if (statusOf(at(index))) push("status", index);
    else if (coverageOf(at(index))) push("coverage", index);
    else if (!values.some((value) => value.field === "projectType")) push("projectType", index);
    else break;
  }
  return { title: lines[titleIndex]!, values, descriptionLines: lines.slice(index) };
}

function isBudget(text: string): boolean {
  try {
    parseBudget(text);
    return true;
  } catch {
    return false;
  }
}
