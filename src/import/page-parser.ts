import { CountryMatcher } from "../reference/country-matcher";
import { parseNewsPage } from "./news-page";
import { PageParseError, type PageLine, type ParsedPage } from "./parsed-page";
import { interpretProjectLayout, PROJECT_CODE_LABELS } from "./project-page";
import { projectShapeOf } from "./project-shape";
import { readBulletLayout, readDashLayout, readLegacyLayout } from "./project-layouts";

/** Pages are a few kilobytes; anything near this is not an IOM page and would only cost memory. */
export const MAX_PAGE_BYTES = 512 * 1024;

// The last item of the IOM site menu, in the three languages: the page's own content starts after it.
const NAVIGATION_END = /^-\s*(2030 agenda|agenda 2030|programme 2030|agenda 2030 para el desarrollo sostenible)\s*$/i;

const defaultCountryMatcher = new CountryMatcher();

/** Reads bytes as UTF-8 text, refusing binary or mis-encoded files with a clear reason. */
export function decodePage(file: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    throw new PageParseError(file, null, `page is ${bytes.byteLength} bytes; the limit is ${MAX_PAGE_BYTES} bytes`);
  }
  if (bytes.includes(0)) throw new PageParseError(file, null, "page is binary (contains NUL bytes), not text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new PageParseError(file, null, "page is not valid UTF-8 text");
  }
}

/**
 * Parses one IOM page (project or news, French, English or Spanish, any of the known layouts).
 * Pure: text in, typed page out, or a PageParseError naming the file, the line and the problem.
 */
export function parsePage(file: string, text: string, countries: CountryMatcher = defaultCountryMatcher): ParsedPage {
  const lines: PageLine[] = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.replace(/\s+$/, ""), number: index + 1 }))
    .filter((line) => line.text.trim() !== "");
  if (lines.length === 0) throw new PageParseError(file, null, "page is empty");

  const layout = readDashLayout(lines) ?? readBulletLayout(lines) ?? readLegacyLayout(lines, countries);
  if (layout) return { kind: "project", project: interpretProjectLayout(file, layout, countries) };

  const navigationEnd = lines.findIndex((line) => NAVIGATION_END.test(line.text.trim()));
  const content = lines.slice(navigationEnd + 1);
  const projectShape = projectShapeOf(content, countries);
  if (projectShape) {
    throw new PageParseError(
      file,
      projectShape.line,
      `page has the fields of a project page (${projectShape.evidence}) but no project code where the importer reads it ` +
        `(a ${PROJECT_CODE_LABELS} field, or the line under the region in the older layout): refused rather than stored as news`,
    );
  }
  return { kind: "news", news: parseNewsPage(file, content, countries) };
}
