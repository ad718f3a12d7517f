import { COUNTRIES, type CountryDefinition } from "./countries";
import { foldForMatching } from "./normalize";

export type CountryListMatch = { ok: true; codes: string[] } | { ok: false; unmatched: string };

// Words that join names in a list ("Chili et Uruguay") but are never a country on their own.
const CONJUNCTIONS = new Set(["et", "and", "y", "e"]);

// Names that also read as ordinary words, first names or places in running text ("la réunion" is a
// meeting, "Mauricio" a first name, "Granada" a Spanish city); matched in lists only.
const AMBIGUOUS_IN_PROSE = new Set([
  "maurice",
  "mauricio",
  "dominique",
  "jordan",
  "chad",
  "georgia",
  "turkey",
  "china",
  "congo",
  "reunion",
  "grenade",
  "granada",
  "guadalupe",
  "jersey",
]);

// Lists run names together ("ChiliUruguay"): a capital right after a small letter starts a new word.
// Names are split the same way, so that "McDonald" reads alike in the table and in a list.
const separateRunTogether = (text: string) => text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");

// The UN's Spanish and French short forms put the article after the name: "Gambia (la)", "Níger (el)",
// "Países Bajos (los)", "Niger (le)", "Comores (les)". The article adds nothing to the name; a space
// keeps the next name apart ("Gambia (la)Níger (el)").
const TRAILING_ARTICLE = /\s*\((?:el|la|los|las|le|les|l['’])\)/giu;
const withoutTrailingArticles = (text: string) => text.replace(TRAILING_ARTICLE, " ");

/**
 * Finds countries by any of their names in French, English or Spanish, ignoring accents and case.
 * IOM pages list countries with no separator ("ChiliUruguay", "Costa Rica El Salvador"): lists are
 * split by matching known names, longest first, backtracking when a longer name leads nowhere.
 */
export class CountryMatcher {
  private readonly codeByName = new Map<string, string>();
  private readonly longestNameWords: number;
  private readonly nameFirstWords = new Set<string>();
  /** The names read in running text, and the first words they start with, so that most words are passed over at once. */
  private readonly codeByProseName = new Map<string, string>();
  private readonly proseFirstWords = new Set<string>();

  constructor(countries: readonly CountryDefinition[] = COUNTRIES) {
    for (const country of countries) {
      for (const name of country.names) {
        const folded = foldForMatching(separateRunTogether(name));
        if (folded) this.codeByName.set(folded, country.code);
      }
    }
    this.longestNameWords = Math.max(...[...this.codeByName.keys()].map((name) => name.split(" ").length));
    for (const name of this.codeByName.keys()) this.nameFirstWords.add(name.split(" ")[0]!);
    for (const [name, code] of this.codeByName) {
      if (AMBIGUOUS_IN_PROSE.has(name) || name.length < 4) continue;
      this.codeByProseName.set(name, code);
      this.proseFirstWords.add(name.split(" ")[0]!);
    }
  }

  /** The alpha-2 code of a single country name, if it is one. */
  codeOf(name: string): string | undefined {
    return this.codeByName.get(foldForMatching(separateRunTogether(withoutTrailingArticles(name))));
  }

  /** Whether a text is a list of country names and nothing else; cheap for texts that do not start with one. */
  isList(text: string): boolean {
    // Only the first word is folded to decide: most texts tested are sentences, seldom starting with a country.
    const [head = ""] = text.trimStart().split(/\s/, 1);
    const [firstWord = ""] = foldForMatching(separateRunTogether(head)).split(" ", 1);
    return this.nameFirstWords.has(firstWord) && this.matchList(text).ok;
  }

  /** Splits a list of country names written with or without separators, in the order written. */
  matchList(text: string): CountryListMatch {
    const spaced = separateRunTogether(withoutTrailingArticles(text));
    const words = foldForMatching(spaced).split(" ").filter(Boolean);
    const deadEnds = new Set<number>();
    let furthestFailure = 0;

    const segment = (start: number): string[] | null => {
      if (start === words.length) return [];
      if (deadEnds.has(start)) return null;
      for (let length = Math.min(this.longestNameWords, words.length - start); length >= 1; length -= 1) {
        const code = this.codeByName.get(words.slice(start, start + length).join(" "));
        const rest = code ? segment(start + length) : null;
        if (code && rest) return [code, ...rest];
      }
      const word = words[start];
      if (word && CONJUNCTIONS.has(word)) return segment(start + 1);
      deadEnds.add(start);
      furthestFailure = Math.max(furthestFailure, start);
      return null;
    };

    const codes = segment(0);
    if (codes) return { ok: true, codes: [...new Set(codes)] };
    // The unknown name runs from the furthest word no reading got past to the first word from which
    // the rest of the list reads again (at most a name's length), so that the error names it alone.
    const start = furthestFailure;
    let end = start + 1;
    while (end < words.length && end < start + this.longestNameWords && !segment(end)) end += 1;
    return { ok: false, unmatched: originalWords(spaced, start, end) };
  }

  /**
   * Countries named anywhere in running text (news), as whole words, leaving out names that double as
   * common words. At each word the longest name starting there wins and its words are passed over, so
   * that "Soudan du Sud" is not also read as "Soudan".
   */
  findInProse(text: string): string[] {
    const words = foldForMatching(text).split(" ");
    const found = new Set<string>();
    let start = 0;
    while (start < words.length) {
      const length = this.proseFirstWords.has(words[start]!) ? this.longestProseNameAt(words, start) : 0;
      if (length > 0) found.add(this.codeByProseName.get(words.slice(start, start + length).join(" "))!);
      start += Math.max(length, 1);
    }
    return [...found].sort();
  }

  /** The number of words of the longest name starting at this word, 0 when none does. */
  private longestProseNameAt(words: readonly string[], start: number): number {
    for (let length = Math.min(this.longestNameWords, words.length - start); length >= 1; length -= 1) {
      if (this.codeByProseName.has(words.slice(start, start + length).join(" "))) return length;
    }
    return 0;
  }
}

/** Words start to end - 1 of a text as written: folding splits words where this does, so positions agree. */
function originalWords(text: string, start: number, end: number): string {
  const words = [...text.matchAll(/[\p{L}\p{Mn}\p{N}]+/gu)];
  const first = words[start];
  const last = words[end - 1];
  return first && last ? text.slice(first.index, last.index + last[0].length) : text.trim();
}
