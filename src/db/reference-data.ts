import { Prisma, type PrismaClient } from "@prisma/client";
import { COUNTRIES } from "../reference/countries";
import { PROJECT_TYPES } from "../reference/project-types";
import { REGIONS } from "../reference/regions";
import { KNOWN_PROJECT_TYPE_NAMES } from "../reference/vocabulary";
import { mergeProjectTypes, PROJECT_TYPES_LOCK_KEY } from "./project-types";
import { refreshProjectSearchDocuments } from "./search-documents";

/**
 * Writes the reference tables (regions, project types, countries) from the definitions in
 * src/reference, one statement per table, inserting what is new and refreshing names that changed;
 * then merges the types imports added that the list now knows.
 */
export async function syncReferenceData(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Region" ("code", "nameFr", "nameEn", "nameEs")
    VALUES ${Prisma.join(REGIONS.map((r) => Prisma.sql`(${r.code}, ${r.nameFr}, ${r.nameEn}, ${r.nameEs})`))}
    ON CONFLICT ("code") DO UPDATE SET "nameFr" = EXCLUDED."nameFr", "nameEn" = EXCLUDED."nameEn", "nameEs" = EXCLUDED."nameEs"`;
  await prisma.$executeRaw`
    INSERT INTO "ProjectType" ("code", "nameFr", "nameEn", "nameEs")
    VALUES ${Prisma.join(PROJECT_TYPES.map((t) => Prisma.sql`(${t.code}, ${t.nameFr}, ${t.nameEn}, ${t.nameEs})`))}
    ON CONFLICT ("code") DO UPDATE SET "nameFr" = EXCLUDED."nameFr", "nameEn" = EXCLUDED."nameEn", "nameEs" = EXCLUDED."nameEs"`;
  await prisma.$executeRaw`
    INSERT INTO "MemberState" ("code", "iso3", "nameFr", "nameEn", "nameEs", "regionCode")
    VALUES ${Prisma.join(COUNTRIES.map((c) => Prisma.sql`(${c.code}, ${c.iso3}, ${c.nameFr}, ${c.nameEn}, ${c.nameEs}, ${c.regionCode})`))}
    ON CONFLICT ("code") DO UPDATE SET "iso3" = EXCLUDED."iso3", "nameFr" = EXCLUDED."nameFr", "nameEn" = EXCLUDED."nameEn",
      "nameEs" = EXCLUDED."nameEs", "regionCode" = EXCLUDED."regionCode"`;
  await mergeAddedTypesNowKnown(prisma);
}

/**
 * A type an import added because the list lacked it, whose recorded names the list now has, becomes
 * the list's type: its projects and names are merged into it. A type whose names the list gives to
 * two of its types is left as it is.
 */
async function mergeAddedTypesNowKnown(prisma: PrismaClient): Promise<void> {
  const mergesIn = (db: Pick<PrismaClient, "$queryRaw">) => db.$queryRaw<Array<{ from: string; into: string }>>`
    SELECT n."projectTypeCode" AS "from", min(r.code) AS "into"
    FROM "ProjectTypeName" n
    JOIN unnest(${[...KNOWN_PROJECT_TYPE_NAMES.keys()]}::text[], ${[...KNOWN_PROJECT_TYPE_NAMES.values()]}::text[]) AS r(folded, code)
      ON r.folded = n."folded"
    WHERE n."projectTypeCode" <> ALL(${PROJECT_TYPES.map((type) => type.code)}::text[])
    GROUP BY n."projectTypeCode"
    HAVING count(DISTINCT r.code) = 1`;
  if ((await mergesIn(prisma)).length === 0) return;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PROJECT_TYPES_LOCK_KEY})`;
    const retyped = await mergeProjectTypes(tx, await mergesIn(tx), new Date());
    if (retyped.length > 0) await refreshProjectSearchDocuments(tx, retyped);
  });
}
