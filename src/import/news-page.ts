import type { CountryMatcher } from "../reference/country-matcher";
import { foldForMatching } from "../reference/normalize";
import { guessLanguage } from "./field-values";
import { PageParseError, type PageLine, type ParsedNews } from "./parsed-page";
import { collapseSpaces, reflowParagraphs, stripHtmlRemnants } from "./text-cleanup";

// The phrases that open the contact block, both wordings IOM uses in each language.
const CONTACT_START = /^(pour (de )?plus (d.|amples )informations|for (more|further) information|para (mas|mayor) informacion)/;
// "RT.1130", and "L12-805" or "TE1-805" with a digit before the dash: in running text, letters alone
// before a dash and digits are more often something else ("ISO-9001", "UNSCR-1244").
const PROJECT_CODE_IN_TEXT = /\b(?:[A-Z]{2}\.\d{4}|[A-Z][A-Z0-9]{0,2}\d-\d{3,4})\b/g;
const MAX_TITLE_LENGTH = 300;

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** A dateline such as "Genève, 12 mars 2010", "12 March 2010" or "2010-03-12", standing alone on its line. */
function datelineOf(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const folded = foldForMatching(text);
  if (folded.split(" ").length > 6) return null;
  // The first of the month is "1er" in French, one word once folded ("1 er" when spaced).
  const spelled = /(?:^|\s)(\d{1,2})(?: ?er)? (?:de )?([a-z]+)(?: de)? (\d{4})$/.exec(folded);
  const month = spelled?.[2] && MONTHS[spelled[2]];
  return spelled && month ? utcDate(Number(spelled[3]), month, Number(spelled[1])) : null;
}

/** The date, or null for one that does not exist ("31 février", "2010-13-01"), which Date.UTC would roll over. */
function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function slugOf(title: string): string {
  return foldForMatching(title).split(" ").join("-").slice(0, 100).replace(/-+$/, "");
}

/** A news release: title, optional dateline, hard-wrapped paragraphs, then a contact block. */
export function parseNewsPage(file: string, lines: readonly PageLine[], countries: CountryMatcher): ParsedNews {
  const [titleLine, ...rest] = lines;
  if (!titleLine) throw new PageParseError(file, null, "no content after the site navigation");
  const title = collapseSpaces(stripHtmlRemnants(titleLine.text));
  if (title.length > MAX_TITLE_LENGTH) {
    throw new PageParseError(file, titleLine.number, `news title is ${title.length} characters long (at most ${MAX_TITLE_LENGTH}): not a news page?`);
  }
  const publishedAt = rest[0] ? datelineOf(rest[0].text) : null;
  const textLines = publishedAt ? rest.slice(1) : rest;
  const contactIndex = textLines.findIndex((line) => CONTACT_START.test(foldForMatching(line.text)));
  const bodyLines = contactIndex < 0 ? textLines : textLines.slice(0, contactIndex);
  const paragraphs = reflowParagraphs(bodyLines.map((line) => line.text));
  if (paragraphs.length === 0) throw new PageParseError(file, titleLine.number, "news page has a title but no text");

  const [summary, ...others] = paragraphs;
  const body = others.length > 0 ? others.join("\n\n") : summary!;
  const fullText = `${title}\n${paragraphs.join("\n")}`;
  return {
    id: slugOf(title),
    title,
    summary: others.length > 0 ? summary! : null,
    body,
    publishedAt,
    contact: contactIndex < 0 ? null : contactBlock(textLines.slice(contactIndex).map((line) => line.text)),
    countryCodes: countries.findInProse(fullText),
    projectCodes: [...new Set(fullText.match(PROJECT_CODE_IN_TEXT) ?? [])].sort(),
    language: guessLanguage(fullText),
  };
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
