/**
 * Folds a name for matching: accents, case, apostrophe and dash variants and punctuation do not
 * count ("Côte-d’Ivoire" and "cote d'ivoire" fold alike; "Bolivie (État plurinational de)" keeps
 * its words).
 */
export function foldForMatching(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/œ/gi, "oe")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
