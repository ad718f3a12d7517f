// Text already folded is returned as it is: callers that fold a text once and hand it to several
// lookups that fold again pay only this test.
const FOLDED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
// Text with no character beyond ASCII has no accents to strip, and its only letters and digits are
// [a-z0-9] once lower-cased: folding it skips the costly Unicode steps and gives the same result.
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/**
 * Folds a name for matching: accents, case, apostrophe and dash variants and punctuation do not
 * count ("Côte-d’Ivoire" and "cote d'ivoire" fold alike; "Bolivie (État plurinational de)" keeps
 * its words).
 */
export function foldForMatching(text: string): string {
  if (FOLDED.test(text)) return text;
  if (ASCII_ONLY.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/œ/gi, "oe")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
