import type { Coverage, Language, ProjectStatus } from "@prisma/client";
import { foldForMatching } from "../reference/normalize";

/** A value that cannot be read; the page parser adds the file and line. */
export class FieldValueError extends Error {}

const STATUS_WORDS: ReadonlyArray<[ProjectStatus, Language, readonly string[]]> = [
  ["ACTIVE", "FR", ["actif", "en cours"]],
  ["ACTIVE", "EN", ["active", "ongoing"]],
  ["ACTIVE", "ES", ["activo", "en curso", "en ejecucion"]],
  ["COMPLETED", "FR", ["acheve", "termine", "cloture"]],
  ["COMPLETED", "EN", ["completed", "closed", "finished"]],
  ["COMPLETED", "ES", ["finalizado", "completado", "concluido", "terminado"]],
];

/** The status a word names ("Actif", "Completed", "Finalizado"), with the language it is written in. */
export function statusOf(value: string): { status: ProjectStatus; language: Language } | undefined {
  const folded = foldForMatching(value);
  for (const [status, language, words] of STATUS_WORDS) {
    if (words.includes(folded)) return { status, language };
  }
  return undefined;
}

const COVERAGE_WORDS: ReadonlyArray<[Coverage, readonly string[]]> = [
  ["NATIONAL", ["national", "nacional"]],
  ["REGIONAL", ["regional"]],
  ["MULTI_REGIONAL", ["multi regional", "multiregional", "interregional", "inter regional"]],
  ["GLOBAL", ["global", "mondial", "mundial", "worldwide"]],
];

export function coverageOf(value: string): Coverage | undefined {
  const folded = foldForMatching(value);
  return COVERAGE_WORDS.find(([, words]) => words.includes(folded))?.[0];
}

export function parseCoverage(value: string): Coverage {
  const coverage = coverageOf(value);
  if (!coverage) throw new FieldValueError(`unknown coverage "${value}" (expected National, Regional, Multi-regional or Global)`);
  return coverage;
}

/** A year from "2023", "01/03/2023" or "March 2023"; pages give years, sometimes inside dates. */
export function parseYear(value: string): number {
  const match = /\b(19[89]\d|20\d\d|2100)\b/.exec(value);
  if (!match?.[1]) throw new FieldValueError(`unparseable year "${value}" (expected a year between 1980 and 2100)`);
  return Number(match[1]);
}

/**
 * An exact budget in US dollars, as a decimal string with two decimals, from the forms IOM pages use:
 * "50000.00", "200,000", "US$ 25,000", "400 000", "1.234.567,89". Never goes through a float.
 */
export function parseBudget(value: string): string {
  const digits = value.replace(/US\s?\$|USD|\$|dollars?|[\s\u00a0\u202f]/gi, "");
  let integerPart: string;
  let fraction = "";
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(digits))) {
    integerPart = match[1]!.replace(/,/g, "");
    fraction = match[2] ?? "";
  } else if ((match = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(digits))) {
    integerPart = match[1]!.replace(/\./g, "");
    fraction = match[2] ?? "";
  } else if ((match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(digits))) {
    integerPart = match[1]!;
    fraction = match[2] ?? "";
  } else {
    throw new FieldValueError(`unparseable budget "${value}" (expected an amount such as 400000.00, 200,000 or US$ 25,000)`);
  }
  const normalizedInteger = integerPart.replace(/^0+(?=\d)/, "");
  if (normalizedInteger.length > 12) throw new FieldValueError(`budget "${value}" is too large (over 999,999,999,999 USD)`);
  return `${normalizedInteger}.${fraction.padEnd(2, "0")}`;
}

// Words frequent in one language only: "la" and "en" are as common in Spanish as in French and
// would tip short texts the wrong way; "l" and "d" are what French elisions ("l'OIM") fold to.
const STOPWORDS: Record<Language, readonly string[]> = {
  FR: ["le", "les", "des", "du", "et", "une", "pour", "dans", "est", "aux", "au", "l", "d"],
  EN: ["the", "and", "of", "to", "in", "is", "for", "with", "on", "by"],
  ES: ["el", "los", "las", "del", "y", "una", "para", "al", "por", "con"],
};

const STOPWORD_SETS = (Object.keys(STOPWORDS) as Language[]).map((language) => ({ language, stopwords: new Set(STOPWORDS[language]) }));

/** The language a text is most likely written in, by counting common short words; French when unsure. */
export function guessLanguage(text: string): Language {
  const words = foldForMatching(text).split(" ");
  const counts = STOPWORD_SETS.map(({ language, stopwords }) => ({ language, count: words.filter((word) => stopwords.has(word)).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].language : "FR";
}
