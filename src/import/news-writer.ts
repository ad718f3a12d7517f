import { Prisma, type NewsArticle } from "@prisma/client";
import { addNewsSearchDocuments, refreshNewsSearchDocuments } from "../db/search-documents";
import type { FileImport } from "./page-import";
import { sameMembers } from "./same-members";
import type { ParsedNews } from "./parsed-page";

type Tx = Prisma.TransactionClient;
type StoredNews = NewsArticle & { countryCodes: string[]; projectCodes: string[] };

/** What one news page changes; pages that change nothing have none. */
interface NewsWrite {
  page: ParsedNews;
  outcome: "created" | "updated";
  countriesChanged: boolean;
  projectsChanged: boolean;
}

function planNewsWrite(page: ParsedNews, existing: StoredNews | undefined): NewsWrite | null {
  const countriesChanged = !sameMembers(existing?.countryCodes ?? [], page.countryCodes);
  const projectsChanged = !sameMembers(existing?.projectCodes ?? [], page.projectCodes);
  const fieldsChanged =
    !existing ||
    existing.title !== page.title ||
    existing.summary !== page.summary ||
    existing.body !== page.body ||
    existing.contact !== page.contact ||
    existing.sourceLanguage !== page.language ||
    // A page without a date keeps the stored one.
    (page.publishedAt !== null && existing.publishedAt?.getTime() !== page.publishedAt.getTime());
  if (!fieldsChanged && !countriesChanged && !projectsChanged) return null;
  return { page, outcome: existing ? "updated" : "created", countriesChanged, projectsChanged };
}

/**
 * Writes a batch of news pages (one page per id) inside the caller's transaction, with a few
 * set-based statements whatever the number of pages. Importing the same pages again writes nothing.
 */
export async function writeNewsPages(tx: Tx, pages: ReadonlyArray<{ file: string; news: ParsedNews }>): Promise<FileImport[]> {
  if (pages.length === 0) return [];
  const stored = new Map(
    (
      await readStoredNews(
        tx,
        pages.map(({ news }) => news.id),
      )
    ).map((article) => [article.id, article]),
  );
  const writes: NewsWrite[] = [];
  const results = pages.map(({ file, news }): FileImport => {
    const write = planNewsWrite(news, stored.get(news.id));
    if (write) writes.push(write);
    return { file, kind: "news", key: news.id, outcome: write?.outcome ?? "unchanged", warnings: [] };
  });
  if (writes.length === 0) return results;

  const now = new Date();
  const created = writes.filter((write) => write.outcome === "created");
  const updated = writes.filter((write) => write.outcome === "updated");
  if (created.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "NewsArticle" ("id", "title", "summary", "body", "publishedAt", "contact", "sourceLanguage", "createdAt", "updatedAt")
      SELECT a.id, a.title, a.summary, a.body, a.published_at, a.contact, a.language::"Language", ${now}, ${now}
      FROM ${articleRows(created)}`;
  }
  if (updated.length > 0) {
    await tx.$executeRaw`
      UPDATE "NewsArticle" n SET "title" = a.title, "summary" = a.summary, "body" = a.body,
        "publishedAt" = coalesce(a.published_at, n."publishedAt"), "contact" = a.contact, "sourceLanguage" = a.language::"Language", "updatedAt" = ${now}
      FROM ${articleRows(updated)}
      WHERE n."id" = a.id`;
  }
  await replaceLinks(tx, writes);
  if (created.length > 0) await addNewsSearchDocuments(tx, idsOf(created));
  if (updated.length > 0) await refreshNewsSearchDocuments(tx, idsOf(updated));
  return results;
}

/** The stored articles of these ids with their links, in one statement. */
async function readStoredNews(tx: Tx, ids: readonly string[]): Promise<StoredNews[]> {
  return tx.$queryRaw<StoredNews[]>`
    SELECT n.*,
      ARRAY(SELECT c."memberStateCode"::text FROM "NewsCountry" c WHERE c."newsId" = n."id") AS "countryCodes",
      ARRAY(SELECT p."projectCode" FROM "NewsProject" p WHERE p."newsId" = n."id") AS "projectCodes"
    FROM "NewsArticle" n
    WHERE n."id" = ANY(${ids}::text[])`;
}

/** The articles of these writes as a table `a` to select from. */
function articleRows(writes: readonly NewsWrite[]): Prisma.Sql {
  const column = <T>(value: (page: ParsedNews) => T) => writes.map((write) => value(write.page));
  // Dates travel as ISO strings: the column is a timestamp without time zone holding UTC, which is what casting the string gives.
  return Prisma.sql`unnest(
      ${column((page) => page.id)}::text[], ${column((page) => page.title)}::text[], ${column((page) => page.summary)}::text[],
      ${column((page) => page.body)}::text[], ${column((page) => page.publishedAt?.toISOString() ?? null)}::timestamp[],
      ${column((page) => page.contact)}::text[], ${column((page) => page.language)}::text[])
    AS a(id, title, summary, body, published_at, contact, language)`;
}

// The two link tables of an article: its countries and the projects it names.
const LINKS = [
  {
    table: Prisma.raw('"NewsCountry"'),
    column: Prisma.raw('"memberStateCode"'),
    changed: (write: NewsWrite) => write.countriesChanged,
    codes: (page: ParsedNews) => page.countryCodes,
  },
  {
    table: Prisma.raw('"NewsProject"'),
    column: Prisma.raw('"projectCode"'),
    changed: (write: NewsWrite) => write.projectsChanged,
    codes: (page: ParsedNews) => page.projectCodes,
  },
];

const idsOf = (writes: readonly NewsWrite[]) => writes.map((write) => write.page.id);

/**
 * Rewrites the links that changed: the stored ones go (new articles have none), the page's come. The
 * links' copy of the article's date is set by the triggers of migration 0004.
 */
async function replaceLinks(tx: Tx, writes: readonly NewsWrite[]): Promise<void> {
  for (const { table, column, changed, codes } of LINKS) {
    const changedWrites = writes.filter(changed);
    const replaced = changedWrites.filter((write) => write.outcome === "updated");
    if (replaced.length > 0) await tx.$executeRaw`DELETE FROM ${table} WHERE "newsId" = ANY(${idsOf(replaced)}::text[])`;
    const links = changedWrites.flatMap((write) => codes(write.page).map((code) => [write.page.id, code] as const));
    if (links.length === 0) continue;
    await tx.$executeRaw`
      INSERT INTO ${table} ("newsId", ${column})
      SELECT * FROM unnest(${links.map(([id]) => id)}::text[], ${links.map(([, code]) => code)}::text[])`;
  }
}
