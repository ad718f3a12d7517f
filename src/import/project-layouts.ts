import { CountryMatcher } from "../reference/country-matcher";
import { regionCodeOf } from "../reference/vocabulary";
import { isPrimaId, isProjectCode } from "../reference/identifiers";
import { coverageOf, statusOf } from "./field-values";
import type { PageLine } from "./parsed-page";
import { fieldOfLabel, type LabelMatch, type ProjectField } from "./project-labels";

/** One value of a project page, tied to the field it fills and the line it came from. */
export interface LabeledValue extends LabelMatch {
  value: string;
  line: number;
  /** For a value written over several lines, the line of each, so that an error can point at the right one. */
  lines?: number[];
}

/** What each layout reads off a page, before the values are interpreted. */
export interface ProjectLayout {
  title: PageLine;
  /** The line the project's fields start on, named when a field every project needs is missing. */
  fieldsLine: number;
  values: LabeledValue[];
  descriptionLines: PageLine[];
}

const isDash = (line: PageLine | undefined) => line?.text.trim() === "-";
const isMenuItem = (line: PageLine) => /^-\s/.test(line.text.trim());

/** No value is a sentence: eight words or more ending in a full stop are description. */
const isSentence = (line: PageLine) => /[.!?]["”»]?$/.test(line.text.trim()) && line.text.trim().split(/\s+/).length >= 8;

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
  const before = lines
    .slice(0, start)
    .reverse()
    .find((line) => !isDash(line));
  const title = before && !isMenuItem(before) ? before : missingTitle(lines[start]!);
  const values: LabeledValue[] = [];
  let index = start;
  while (isDash(lines[index]) && lines[index + 1]) {
    const label = lines[index + 1]!;
    const valueLine = lines[index + 2];
    const match = fieldOfLabel(label.text);
    // After the last label, a sentence is the description: the label was left empty.
    const lastBlock = !isDash(lines[index + 3]);
    const hasValue = valueLine !== undefined && !isDash(valueLine) && !(lastBlock && isSentence(valueLine));
    if (match && hasValue) values.push({ ...match, value: valueLine.text.trim(), line: valueLine.number });
    index += hasValue ? 3 : 2;
  }
  return { title, fieldsLine: lines[start + 1]!.number, values, descriptionLines: lines.slice(index) };
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
      if (match && first) {
        const value = valueLines.map((valueLine) => valueLine.text.trim()).join("\n");
        values.push({ ...match, value, line: first.number, lines: valueLines.map((valueLine) => valueLine.number) });
      }
    } else if (line !== title) {
      descriptionLines.push(line);
    }
  }
  return { title, fieldsLine: lines[firstLabel]!.number, values, descriptionLines };
}

/**
 * The older Development Fund layout, with no labels: the title twice, then in a fixed order the
 * region, the project code, the Prima ID when there is one, the budget, one country per line, the
 * project type, the coverage and the status; the description after.
 */
export function readLegacyLayout(lines: readonly PageLine[], countries: CountryMatcher): ProjectLayout | null {
  const at = (index: number) => lines[index]?.text.trim() ?? "";
  // The region right above the project code marks the layout; the title stands above the region.
  const regionIndex = lines.findIndex((_line, index) => isProjectCode(at(index + 1)) && regionCodeOf(at(index)));
  if (regionIndex < 0) return null;
  const above = lines[regionIndex - 1];
  const title = above && !isMenuItem(above) ? above : missingTitle(lines[regionIndex]!);
  const values: LabeledValue[] = [];
  const push = (field: ProjectField, index: number) => values.push({ field, language: null, value: at(index), line: lines[index]!.number });

  let index = regionIndex;
  push("region", index++);
  push("code", index++);
  if (isPrimaId(at(index))) push("primaId", index++);
  // No country name has a digit: a line with one is the budget, readable or not, for the interpreter to judge.
  if (/\d/.test(at(index))) push("budget", index++);
  // The countries run down to the project type, right above the coverage or the status; the line there
  // is the type unless it is a country, so that a misspelt country is reported, not taken for the type.
  const isCoverageOrStatus = (lineIndex: number) => Boolean(coverageOf(at(lineIndex)) || statusOf(at(lineIndex)));
  const tail = lines.findIndex((_line, lineIndex) => lineIndex >= index && isCoverageOrStatus(lineIndex));
  if (tail >= 0) {
    const typeIndex = tail > index && !countries.matchList(at(tail - 1)).ok ? tail - 1 : tail;
    const countryLines = lines.slice(index, typeIndex);
    const [firstCountry] = countryLines;
    if (firstCountry) {
      const value = countryLines.map((line) => line.text.trim()).join("\n");
      values.push({
        field: "beneficiaries",
        language: null,
        value,
        line: firstCountry.number,
        lines: countryLines.map((line) => line.number),
      });
    }
    if (typeIndex < tail) push("projectType", typeIndex);
    for (index = tail; index < tail + 2 && isCoverageOrStatus(index); index += 1) push(statusOf(at(index)) ? "status" : "coverage", index);
  }
  return { title, fieldsLine: lines[regionIndex]!.number, values, descriptionLines: lines.slice(index) };
}
