import { foldForMatching } from "../reference/normalize";

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

// A dateline opens with up to five words of place and article ("Genève, le", "Lima,", "GENEVA, Switzerland,",
// none at all), then the date day first ("13 juillet 2021", "1er juin 2011", "2 de mayo de 2018",
// "12 June, 2017") or month first ("March 3, 2022").
const PLACE = String.raw`(?:[\p{L}\p{M}'’.()/-]+,?\s+){0,5}?`;
const DAY_FIRST = String.raw`(\d{1,2})(?:er|º|°|\.º)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})`;
const MONTH_FIRST = String.raw`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`;
const DASH = String.raw`[-–—]`;

const DATE_ALONE = new RegExp(String.raw`^${PLACE}(?:${DAY_FIRST}|${MONTH_FIRST})\s*${DASH}?$`, "iu");
// At the start of the first paragraph the date must be followed by a dash and the text, so that a
// sentence starting with a date ("12 March 2010 was the day ...") is not taken for a dateline.
const DATELINE_OPENING = new RegExp(String.raw`^${PLACE}(?:${DAY_FIRST}|${MONTH_FIRST})\s*${DASH}\s*\S`, "iu");
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date standing alone on its line: "Genève, 12 mars 2010", "12 June, 2017", "2010-03-12". */
export function dateStandingAlone(line: string): Date | null {
  const text = line.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return dateOfMatch(DATE_ALONE.exec(text));
}

/** The date of a dateline opening a paragraph: "Genève, le 13 juillet 2021 – L'OIM ...", "Dakar, 3 March 2022 - ...". */
export function datelineOpening(paragraph: string): Date | null {
  return dateOfMatch(DATELINE_OPENING.exec(paragraph.trim()));
}

function dateOfMatch(match: RegExpExecArray | null): Date | null {
  if (!match) return null;
  const [, day, dayFirstMonth, dayFirstYear, monthFirstMonth, monthFirstDay, monthFirstYear] = match;
  const month = MONTHS[foldForMatching(dayFirstMonth ?? monthFirstMonth ?? "")];
  if (!month) return null;
  return utcDate(Number(dayFirstYear ?? monthFirstYear), month, Number(day ?? monthFirstDay));
}

/** The date, or null for one that does not exist ("31 février", "2010-13-01"), which Date.UTC would roll over. */
function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
