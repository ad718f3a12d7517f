import { createHash } from "node:crypto";
import { foldForMatching } from "../reference/normalize";

const MAX_SLUG_LENGTH = 100;
const HASH_LENGTH = 10;

/**
 * The id of a news release. Releases carry no identifier of their own and IOM reuses titles ("IOM
 * Welcomes New Member State" comes back every year), so the title alone would merge different
 * releases. The id is the title's slug (readable in URLs and logs), the date (a title reused another
 * day), and a hash of the title and text (two releases of one title on one day): the same page always
 * yields the same id, so importing it again finds the stored article and writes nothing, while a
 * release whose text was edited is a release of its own. At most 100 + 11 + 11 characters of
 * [a-z0-9-], within the API's id pattern.
 */
export function newsIdOf(title: string, publishedAt: Date | null, paragraphs: readonly string[]): string {
  const slug = foldForMatching(title)
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  const date = publishedAt?.toISOString().slice(0, 10);
  const hash = createHash("sha256")
    .update([title, ...paragraphs].join("\n"))
    .digest("hex")
    .slice(0, HASH_LENGTH);
  return [slug, date, hash].filter(Boolean).join("-");
}
