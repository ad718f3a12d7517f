import { Prisma, type PrismaClient } from "@prisma/client";
import { COUNTRIES } from "../reference/countries";
import { PROJECT_TYPES } from "../reference/project-types";
import { REGIONS } from "../reference/regions";

/**
 * Writes the reference tables (regions, project types, countries) from the definitions in
 * src/reference, one statement per table, inserting what is new and refreshing names that changed.
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
}
