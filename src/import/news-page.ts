import type { CountryMatcher } from "../reference/country-matcher";
import { foldForMatching } from "../reference/normalize";
import { guessLanguage } from "./field-values";
import { dateStandingAlone, releaseDateOfLead } from "./news-dates";
import { newsIdOf } from "./news-id";
import { PageParseError, type PageLine, type ParsedNews } from "./parsed-page";
import { collapseSpaces, reflowParagraphs, stripHtmlRemnants } from "./text-cleanup";

// The phrases that open the contact block, both wordings IOM uses in each language.
const CONTACT_START = /^(pour (de )?plus (d.|amples )informations|for (more|further) information|para (mas|mayor) informacion)/;
// "RT.1130", and "L12-805" or "TE1-805" with a digit before the dash: in running text, letters alone
// before a dash and digits are more often something else ("ISO-9001", "UNSCR-1244").
const PROJECT_CODE_IN_TEXT = /\b(?:[A-Z]{2}\.\d{4}|[A-Z][A-Z0-9]{0,2}\d-\d{3,4})\b/g;
const MAX_TITLE_LENGTH = 300;

// Headings some pages put above the title, in the three languages, folded.
const SECTION_HEADINGS = new Set([
  "news",
  "press release",
  "press releases",
  "news release",
  "communique",
  "communique de presse",
  "nouvelles",
  "actualites",
  "comunicado",
  "comunicado de prensa",
  "noticias",
]);
// The scope of a press release, a heading some pages put under the section ("News" then "Local").
const SUB_SECTION_HEADINGS = new Set(["local", "global", "mondial", "mundial"]);
const HEADINGS_UNDER_A_SECTION = new Set([...SECTION_HEADINGS, ...SUB_SECTION_HEADINGS]);

// The contact block opens with "Pour", "For" or "Para": a cheap test that spares folding every line.
const MAY_START_CONTACT = /^\s*(pour|for|para)\s/i;
const isContactStart = (text: string) => MAY_START_CONTACT.test(text) && CONTACT_START.test(foldForMatching(text));

/** A news release: title, optional dateline, hard-wrapped paragraphs, then a contact block. */
export function parseNewsPage(file: string, lines: readonly PageLine[], countries: CountryMatcher): ParsedNews {
  const [first] = lines;
  if (!first) throw new PageParseError(file, null, "no content after the site navigation");
  const headingCount = headingsAbove(lines);
  const [titleLine, ...rest] = lines.slice(headingCount);
  if (!titleLine) {
    const headings = lines.map((line) => line.text.trim()).join(" / ");
    throw new PageParseError(file, first.number, `section heading "${headings}" with no title after it`);
  }
  const title = collapseSpaces(stripHtmlRemnants(titleLine.text));
  if (title.length > MAX_TITLE_LENGTH) {
    throw new PageParseError(
      file,
      titleLine.number,
      `news title is ${title.length} characters long (at most ${MAX_TITLE_LENGTH}): not a news page?`,
    );
  }
  const dateLine = rest[0] ? dateStandingAlone(rest[0].text) : null;
  const textLines = dateLine ? rest.slice(1) : rest;
  const contactIndex = textLines.findIndex((line) => isContactStart(line.text));
  const bodyLines = contactIndex < 0 ? textLines : textLines.slice(0, contactIndex);
  const paragraphs = reflowParagraphs(bodyLines.map((line) => line.text));
  if (paragraphs.length === 0) throw new PageParseError(file, titleLine.number, "news page has a title but no text");

  const [summary, ...others] = paragraphs;
  const publishedAt = dateLine ?? releaseDateOfLead(summary!);
  const fullText = `${title}\n${paragraphs.join("\n")}`;
  // Folded once for the two readers that fold it, which then find it folded (cheap).
  const foldedText = foldForMatching(fullText);
  return {
    id: newsIdOf(title, publishedAt, paragraphs),
    title,
    summary: others.length > 0 ? summary! : null,
    body: others.length > 0 ? others.join("\n\n") : summary!,
    publishedAt,
    contact: contactIndex < 0 ? null : contactBlock(textLines.slice(contactIndex).map((line) => line.text)),
    countryCodes: countries.findInProse(foldedText),
    projectCodes: [...new Set(fullText.match(PROJECT_CODE_IN_TEXT) ?? [])].sort(),
    language: guessLanguage(foldedText),
  };
}

/**
 * How many of the first lines are headings above the title: a section, then maybe a sub-section
 * ("News" then "Local", "Actualités" then "Communiqué de presse" then "Mondial").
 */
function headingsAbove(lines: readonly PageLine[]): number {
  const isHeading = (index: number, headings: ReadonlySet<string>) => {
    const line = lines[index];
    return line !== undefined && headings.has(foldForMatching(line.text));
  };
  if (!isHeading(0, SECTION_HEADINGS)) return 0;
  let count = 1;
  while (isHeading(count, HEADINGS_UNDER_A_SECTION)) count += 1;
  return count;
}

/** The contact block, one line per item, with a label alone on its line joined to the value below. */
function contactBlock(lines: readonly string[]): string {
  const cleaned = lines.map((line) => collapseSpaces(stripHtmlRemnants(line))).filter(Boolean);
  const joined: string[] = [];
  for (const line of cleaned) {
    const previous = joined[joined.length - 1];
    if (previous && /:$/.test(previous) && joined.length > 1) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined.join("\n");
}
