import { Prisma, type Language } from "@prisma/client";
import { foldForMatching } from "../reference/normalize";

/** Anything that runs raw SQL: the client or a transaction of it. */
type RawExecutor = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

// A transaction-level advisory lock taken by every writer that adds, names or merges project types:
// such writers take turns, and each decides on what the one before it committed. (The import lanes
// use 72707370 and the next keys, the migrator 72707369.)
export const PROJECT_TYPES_LOCK_KEY = 72707380;

/** A project type name pages use that the reference list lacks, and the type it names: a row of ProjectTypeName. */
export interface RecordedTypeName {
  folded: string;
  name: string;
  language: Language | null;
  code: string;
}

/** The recorded names among these folded names. */
export async function readRecordedTypeNames(db: RawExecutor, folded: readonly string[]): Promise<RecordedTypeName[]> {
  if (folded.length === 0) return [];
  return db.$queryRaw<RecordedTypeName[]>`
    SELECT "folded", "name", "language"::text AS "language", "projectTypeCode" AS "code"
    FROM "ProjectTypeName" WHERE "folded" = ANY(${[...folded]}::text[])`;
}

/**
 * Adds types under the codes given, with their one name in the three languages; returns the codes
 * added. A code already there (a type added before its names were recorded) is left as it is.
 */
export async function addProjectTypes(db: RawExecutor, types: ReadonlyArray<{ code: string; name: string }>): Promise<Set<string>> {
  if (types.length === 0) return new Set();
  const added = await db.$queryRaw<Array<{ code: string }>>`
    INSERT INTO "ProjectType" ("code", "nameFr", "nameEn", "nameEs")
    SELECT t.code, t.name, t.name, t.name
    FROM unnest(${types.map((type) => type.code)}::text[], ${types.map((type) => type.name)}::text[]) AS t(code, name)
    ON CONFLICT ("code") DO NOTHING
    RETURNING "code"`;
  return new Set(added.map(({ code }) => code));
}

/** Records names; a name recorded already keeps its type, and gets the language given when it had none. */
export async function recordTypeNames(db: RawExecutor, names: readonly RecordedTypeName[]): Promise<void> {
  if (names.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "ProjectTypeName" ("folded", "name", "language", "projectTypeCode")
    SELECT n.folded, n.name, n.language::"Language", n.code
    FROM unnest(${names.map((name) => name.folded)}::text[], ${names.map((name) => name.name)}::text[],
      ${names.map((name) => name.language)}::text[], ${names.map((name) => name.code)}::text[]) AS n(folded, name, language, code)
    ON CONFLICT ("folded") DO UPDATE SET "language" = EXCLUDED."language"
    WHERE "ProjectTypeName"."language" IS NULL AND EXCLUDED."language" IS NOT NULL`;
}

/**
 * Merges each `from` type into its `into` type: its projects and names go to `into`, and the type is
 * deleted. A type with no recorded name (added before names were recorded, under a key its name
 * could not be read back from) has its name recorded first, so that none is lost. Returns the codes
 * of the projects that changed type; their updatedAt is now.
 */
export async function mergeProjectTypes(
  db: RawExecutor,
  merges: ReadonlyArray<{ from: string; into: string }>,
  now: Date,
): Promise<string[]> {
  if (merges.length === 0) return [];
  const from = merges.map((merge) => merge.from);
  const into = merges.map((merge) => merge.into);
  const unnamed = await db.$queryRaw<Array<{ code: string; name: string }>>`
    SELECT t."code", t."nameEn" AS "name" FROM "ProjectType" t
    WHERE t."code" = ANY(${from}::text[]) AND NOT EXISTS (SELECT 1 FROM "ProjectTypeName" n WHERE n."projectTypeCode" = t."code")`;
  await recordTypeNames(
    db,
    unnamed.map(({ code, name }) => ({ folded: foldForMatching(name), name, language: null, code })),
  );
  await db.$executeRaw`
    UPDATE "ProjectTypeName" n SET "projectTypeCode" = m.into_code
    FROM unnest(${from}::text[], ${into}::text[]) AS m(from_code, into_code)
    WHERE n."projectTypeCode" = m.from_code`;
  const moved = await db.$queryRaw<Array<{ code: string }>>`
    UPDATE "Project" p SET "projectTypeCode" = m.into_code, "updatedAt" = ${now}
    FROM unnest(${from}::text[], ${into}::text[]) AS m(from_code, into_code)
    WHERE p."projectTypeCode" = m.from_code
    RETURNING p."code"`;
  await db.$executeRaw`DELETE FROM "ProjectType" WHERE "code" = ANY(${from}::text[])`;
  return moved.map(({ code }) => code);
}

/**
 * Names these added types in each language from their recorded names: the name a page in that language
 * gave (the first in code-point order when pages gave several), else one of unknown language, else
 * one in French, English, Spanish, in that order, as texts fall back. Returns the codes of the projects
 * of the types whose names changed; their updatedAt is now.
 */
export async function nameAddedTypes(db: RawExecutor, codes: readonly string[], now: Date): Promise<string[]> {
  if (codes.length === 0) return [];
  const renamed = await db.$queryRaw<Array<{ code: string }>>`
    UPDATE "ProjectType" t SET "nameFr" = n.fr, "nameEn" = n.en, "nameEs" = n.es
    FROM (
      SELECT code, coalesce(fr, unsaid, en, es) AS fr, coalesce(en, unsaid, fr, es) AS en, coalesce(es, unsaid, fr, en) AS es
      FROM (
        SELECT "projectTypeCode" AS code,
          min("name" COLLATE "C") FILTER (WHERE "language" = 'FR') AS fr,
          min("name" COLLATE "C") FILTER (WHERE "language" = 'EN') AS en,
          min("name" COLLATE "C") FILTER (WHERE "language" = 'ES') AS es,
          min("name" COLLATE "C") FILTER (WHERE "language" IS NULL) AS unsaid
        FROM "ProjectTypeName" WHERE "projectTypeCode" = ANY(${[...codes]}::text[]) GROUP BY 1) by_language) n
    WHERE t."code" = n.code AND (t."nameFr", t."nameEn", t."nameEs") IS DISTINCT FROM (n.fr, n.en, n.es)
    RETURNING t."code"`;
  if (renamed.length === 0) return [];
  const touched = await db.$queryRaw<Array<{ code: string }>>`
    UPDATE "Project" SET "updatedAt" = ${now} WHERE "projectTypeCode" = ANY(${renamed.map(({ code }) => code)}::text[]) RETURNING "code"`;
  return touched.map(({ code }) => code);
}
