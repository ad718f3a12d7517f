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
// none at all), then the date day first ("13 juillet 2021", "1er juin 2011", "27th March 2019",
// "2 de mayo de 2018", "12 June, 2017") or month first ("March 3, 2022"). Some put the place after
// the date instead ("5 November 2019, Geneva –").
const PLACE = String.raw`(?:[\p{L}\p{M}'’.()/-]+,?\s+){0,5}?`;
const DAY_FIRST = String.raw`(\d{1,2})(?:er|st|nd|rd|th|º|°|\.º)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})`;
const MONTH_FIRST = String.raw`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`;
const DATE = `(?:${DAY_FIRST}|${MONTH_FIRST})`;
const PLACE_AFTER = String.raw`(?:,\s*([\p{L}\p{M}'’.()/-]+(?:,?\s+[\p{L}\p{M}'’.()/-]+){0,3}))?`;
const DASH = String.raw`[-–—]`;

const DATE_ALONE = new RegExp(String.raw`^${PLACE}${DATE}${PLACE_AFTER}\s*${DASH}?$`, "iu");
// At the start of the first paragraph the date must be followed by a dash and the text, so that a
// sentence starting with a date ("12 March 2010 was the day ...") is not taken for a dateline.
const DATELINE_OPENING = new RegExp(String.raw`^${PLACE}${DATE}${PLACE_AFTER}\s*${DASH}\s*\S`, "iu");
// "Geneva – IOM today (27th March 2019) launched ...": the day of the release, wherever in the lead.
const TODAY_WITH_DATE = new RegExp(String.raw`\b(?:today|aujourd['’]hui|hoy)\s*\(\s*${DATE}\s*\)`, "iu");
// "Geneva – IOM on 5 November 2019 launched ...": a dateline of the place alone, the date in its sentence.
const PLACE_THEN_DASH = new RegExp(String.raw`^(?:[\p{L}\p{M}'’.()/-]+,?\s+){1,5}?${DASH}\s`, "u");
const ON_DATE = new RegExp(String.raw`\b(?:on|le|el)\s+${DATE}`, "iu");
const FIRST_SENTENCE = /^.*?[.!?](?=\s+["“«]?\p{Lu})|^.*$/su;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The place after the date is a name: "5 November 2019, Geneva", not "12 March 2010, the day ...".
const NAME = /^\p{Lu}/u;

/** A date standing alone on its line: "Genève, 12 mars 2010", "12 June, 2017", "27 mars 2019, Genève", "2010-03-12". */
export function dateStandingAlone(line: string): Date | null {
  const text = line.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return dateOfMatch(DATE_ALONE.exec(text));
}

/**
 * The release date the first paragraph gives: its dateline ("Genève, le 13 juillet 2021 – L'OIM ...",
 * "5 November 2019, Geneva – IOM ..."), "today (27th March 2019)", or, after a dateline of the place
 * alone, "on 5 November 2019" in its first sentence.
 */
export function releaseDateOfLead(paragraph: string): Date | null {
  const text = paragraph.trim();
  const dated = dateOfMatch(DATELINE_OPENING.exec(text)) ?? dateOfMatch(TODAY_WITH_DATE.exec(text));
  if (dated || !PLACE_THEN_DASH.test(text)) return dated;
  return dateOfMatch(ON_DATE.exec(FIRST_SENTENCE.exec(text)![0]));
}

function dateOfMatch(match: RegExpExecArray | null): Date | null {
  if (!match) return null;
  const [, day, dayFirstMonth, dayFirstYear, monthFirstMonth, monthFirstDay, monthFirstYear, placeAfter] = match;
  if (placeAfter !== undefined && !NAME.test(placeAfter)) return null;
  const month = MONTHS[foldForMatching(dayFirstMonth ?? monthFirstMonth ?? "")];
  if (!month) return null;
  return utcDate(Number(dayFirstYear ?? monthFirstYear), month, Number(day ?? monthFirstDay));
}

/** The date, or null for one that does not exist ("31 février", "2010-13-01"), which Date.UTC would roll over. */
function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}
