import { COUNTRIES, type CountryDefinition } from "./countries";
import { foldForMatching } from "./normalize";

export type CountryListMatch = { ok: true; codes: string[] } | { ok: false; unmatched: string };

// Words that join names in a list ("Chili et Uruguay") but are never a country on their own.
const CONJUNCTIONS = new Set(["et", "and", "y", "e"]);

// Names that also read as ordinary words or first names in running text; matched in lists only.
const AMBIGUOUS_IN_PROSE = new Set(["maurice", "jordan", "chad", "georgia", "turkey", "china", "congo"]);

/**
 * Finds countries by any of their names in French, English or Spanish, ignoring accents and case.
 * IOM pages list countries with no separator ("ChiliUruguay", "Costa Rica El Salvador"): lists are
 * split by matching known names, longest first, backtracking when a longer name leads nowhere.
 */
export class CountryMatcher {
  private readonly codeByName = new Map<string, string>();
  private readonly longestNameWords: number;

  constructor(countries: readonly CountryDefinition[] = COUNTRIES) {
    for (const country of countries) {
      for (const name of country.names) {
        const folded = foldForMatching(name);
        if (folded) this.codeByName.set(folded, country.code);
      }
    }
    this.longestNameWords = Math.max(...[...this.codeByName.keys()].map((name) => name.split(" ").length));
  }

  /** The alpha-2 code of a single country name, if it is one. */
  codeOf(name: string): string | undefined {
    return this.codeByName.get(foldForMatching(name));
  }

  /** Splits a list of country names written with or without separators, in the order written. */
  matchList(text: string): CountryListMatch {
    const words = foldForMatching(text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")).split(" ").filter(Boolean);
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
    return { ok: false, unmatched: unfoldedTail(text, words.slice(furthestFailure).join(" ")) };
  }

  /** Countries named anywhere in running text (news), as whole words, leaving out names that double as common words. */
  findInProse(text: string): string[] {
    const folded = ` ${foldForMatching(text)} `;
    const found = new Set<string>();
    for (const [name, code] of this.codeByName) {
      if (AMBIGUOUS_IN_PROSE.has(name) || name.length < 4) continue;
      const at = folded.indexOf(` ${name} `);
      if (at >= 0) found.add(code);
    }
    return [...found].sort();
  }
}

function unfoldedTail(original: string, foldedTail: string): string {
  const tail = foldedTail.split(" ").slice(0, 6).join(" ");
  return tail || original.trim();
}
