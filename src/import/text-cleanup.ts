// What every remnant below contains: text without any of these has nothing to remove (most lines).
const MAY_HOLD_REMNANTS = /[<&]|mailto:|https?:\/\/|uvre/;

/** Removes what HTML leaves behind in IOM's text exports: tags, entities, `"mailto:x">` fragments. */
export function stripHtmlRemnants(text: string): string {
  if (!MAY_HOLD_REMNANTS.test(text)) return text;
  return (
    text
      // Whole tags first: a link's own `href="…">` is not a remnant, and cutting it first would make
      // "<a href=" and the link text one tag ("<a href=\"Niger</a>"), losing the text.
      .replace(/<\/?[a-z][^>]*>/gi, "")
      .replace(/"?(?:mailto:|https?:\/\/)[^"\s>]*"\s*>/g, "")
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      // The exports lose the "œ" of "œuvre" ("mis en uvre").
      .replace(/(^|[\s'’])uvre(s?)\b/g, "$1œuvre$2")
  );
}

export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["'", "'"],
];

/** Drops quotes wrapped around a whole text ("\"En 2018, ... E.-U\""), keeping quotes inside it. */
export function unwrapQuotes(text: string): string {
  const trimmed = text.trim();
  for (const [open, close] of QUOTE_PAIRS) {
    const inner = trimmed.slice(open.length, -close.length);
    // A closing quote inside means the first and last quotes are no pair ("\"Un\" projet \"utile\"").
    if (trimmed.length > 1 && trimmed.startsWith(open) && trimmed.endsWith(close) && !inner.includes(close)) {
      return inner.trim();
    }
  }
  return trimmed;
}

/** Paragraphs of whole lines (each source line is one paragraph), cleaned and joined by a blank line. */
export function joinParagraphs(lines: readonly string[]): string | null {
  const paragraphs = lines.map((line) => collapseSpaces(stripHtmlRemnants(line))).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return unwrapQuotes(paragraphs.join("\n\n"));
}

/**
 * Re-flows hard-wrapped text into paragraphs: a line ending a sentence (".", "!", "?", "»", ":"),
 * closing quotes or brackets included ('milestone."'), closes its paragraph, any other line
 * continues into the next.
 */
export function reflowParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = collapseSpaces(stripHtmlRemnants(raw));
    if (!line) continue;
    current.push(line);
    if (/[.!?»:]["”’)]*$/.test(line)) {
      paragraphs.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs;
}
