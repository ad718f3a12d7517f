import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { syncReferenceData } from "../../src/db/reference-data";
import { migrate } from "../../src/db/migrator";
import { importFiles, type ImportReport } from "../../src/import/import-files";
import { MIGRATIONS_DIR } from "../../src/paths";
import { FIXTURE_PAGES, readFixture } from "../support/fixture-pages";
import { databasePerTest, type TestDatabase } from "../support/test-database";
import { startTestServer } from "../support/test-server";

// One project (TK.0901) whose type the reference list lacks, on a page in each language.
const KNOWLEDGE_TRANSFER = {
  EN: { file: "dash-english-knowledge-transfer.txt", type: "Transfer of migrant knowledge and resources" },
  FR: { file: "dash-french-knowledge-transfer.txt", type: "Transfert des connaissances et des ressources des migrants" },
  ES: { file: "dash-spanish-knowledge-transfer.txt", type: "Transferencia de conocimientos y recursos de los migrantes" },
};
// One project (PR.0901) of a known type, on an English and a Spanish page.
const RESEARCH = { EN: "dash-english-research.txt", ES: "dash-spanish-research.txt" };
const ADDED_FOR = {
  EN: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES",
  FR: "OTHER_TRANSFERT_DES_CONNAISSANCES_ET_DES_RESSOURCES_DES_MIGRANTS",
  ES: "OTHER_TRANSFERENCIA_DE_CONOCIMIENTOS_Y_RECURSOS_DE_LOS_MIGRANTES",
};

const fixture = (file: string) => path.join(FIXTURE_PAGES, file);

/** Writes pages into a folder of their own: a fixture changed by `edit`, under the name given. */
async function pagesFolder(pages: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-type-pages-"));
  for (const [name, text] of Object.entries(pages)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

async function importEach(test: TestDatabase, files: readonly string[]): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const file of files) reports.push(await importFiles(test.db.prisma, [file]));
  return reports;
}

/** Types imports added (the reference list lacks them), with their names. */
async function addedTypes(test: TestDatabase) {
  return test.db.prisma.$queryRaw<Array<{ code: string; nameFr: string; nameEn: string; nameEs: string }>>`
    SELECT "code", "nameFr", "nameEn", "nameEs" FROM "ProjectType" WHERE "code" LIKE 'OTHER\\_%' ORDER BY "code" COLLATE "C"`;
}

async function recordedNames(test: TestDatabase) {
  return test.db.prisma.$queryRaw<Array<{ name: string; language: string | null; code: string }>>`
    SELECT "name", "language"::text AS "language", "projectTypeCode" AS "code" FROM "ProjectTypeName" ORDER BY "folded" COLLATE "C"`;
}

async function typeOfProject(test: TestDatabase, code: string): Promise<string | null> {
  return (await test.db.prisma.project.findUniqueOrThrow({ where: { code } })).projectTypeCode;
}

/** Every row an import writes, with the transaction that wrote it: equal snapshots mean nothing was written. */
async function rowVersions(test: TestDatabase): Promise<string[]> {
  const rows = await test.db.prisma.$queryRaw<Array<{ row: string }>>`
    SELECT concat_ws(' ', 'project', "code", xmin::text) AS row FROM "Project"
    UNION ALL SELECT concat_ws(' ', 'text', "projectCode", "language", xmin::text) FROM "ProjectText"
    UNION ALL SELECT concat_ws(' ', 'type', "code", xmin::text) FROM "ProjectType"
    UNION ALL SELECT concat_ws(' ', 'type name', "folded", xmin::text) FROM "ProjectTypeName"
    UNION ALL SELECT concat_ws(' ', 'search', "kind", "key", "language", xmin::text) FROM "SearchDocument"`;
  return rows.map(({ row }) => row).sort();
}

describe("project types named by the pages of one project in several languages", () => {
  const test = databasePerTest();

  it.each([
    ["English", "Spanish", [RESEARCH.EN, RESEARCH.ES]],
    ["Spanish", "English", [RESEARCH.ES, RESEARCH.EN]],
  ])("reads the research type of a page in %s and then of one in %s as the one known type, adding none", async (_first, _second, files) => {
    const reports = await importEach(test, files.map(fixture));
    expect(reports.flatMap((report) => report.files.map((file) => [file.outcome, file.warnings]))).toEqual([
      ["created", []],
      ["updated", []],
    ]);
    expect(await typeOfProject(test, "PR.0901")).toBe("RESEARCH_ASSESSMENT");
    expect(await addedTypes(test)).toEqual([]);
    expect(await recordedNames(test)).toEqual([]);
  });

  it.each([
    ["EN", "FR", "ES"],
    ["ES", "EN", "FR"],
    ["FR", "ES", "EN"],
  ] as const)(
    "makes a type the list lacks one type, named in each language by its pages, whatever their order (%s, %s, %s), one import a page",
    async (...order) => {
      const reports = await importEach(
        test,
        order.map((language) => fixture(KNOWLEDGE_TRANSFER[language].file)),
      );
      expect(reports.map((report) => report.failed)).toEqual([0, 0, 0]);
      const [first, ...later] = order;
      expect(reports[0]!.files[0]!.warnings).toEqual([
        `project type "${KNOWLEDGE_TRANSFER[first].type}" is not a known IOM type; added as ${ADDED_FOR[first]}`,
      ]);
      const languageNames = { FR: "French", EN: "English", ES: "Spanish" };
      expect(reports.slice(1).map((report) => report.files[0]!.warnings)).toEqual(
        later.map((language, index) => [
          `project type "${KNOWLEDGE_TRANSFER[language].type}" is not a known IOM type; read as ${ADDED_FOR[first]}, ` +
            `the type of the project's pages in ${order
              .slice(0, index + 1)
              .map((earlier) => languageNames[earlier])
              .join(" and ")}`,
        ]),
      );
      expect(await addedTypes(test)).toEqual([
        {
          code: ADDED_FOR[first],
          nameFr: KNOWLEDGE_TRANSFER.FR.type,
          nameEn: KNOWLEDGE_TRANSFER.EN.type,
          nameEs: KNOWLEDGE_TRANSFER.ES.type,
        },
      ]);
      expect(await typeOfProject(test, "TK.0901")).toBe(ADDED_FOR[first]);

      const before = await rowVersions(test);
      const again = await importEach(
        test,
        order.map((language) => fixture(KNOWLEDGE_TRANSFER[language].file)),
      );
      expect(again.map((report) => [report.files[0]!.outcome, report.files[0]!.warnings])).toEqual([
        ["unchanged", []],
        ["unchanged", []],
        ["unchanged", []],
      ]);
      expect(await rowVersions(test)).toEqual(before);
    },
  );

  it("makes one type of the pages of one project given in one import, and one import again writes nothing", async () => {
    const files = [KNOWLEDGE_TRANSFER.ES, KNOWLEDGE_TRANSFER.EN, KNOWLEDGE_TRANSFER.FR].map(({ file }) => fixture(file));
    const report = await importFiles(test.db.prisma, files);
    expect(report.files.map((file) => file.outcome)).toEqual(["created", "updated", "updated"]);
    expect(await addedTypes(test)).toEqual([
      { code: ADDED_FOR.ES, nameFr: KNOWLEDGE_TRANSFER.FR.type, nameEn: KNOWLEDGE_TRANSFER.EN.type, nameEs: KNOWLEDGE_TRANSFER.ES.type },
    ]);
    const before = await rowVersions(test);
    expect((await importFiles(test.db.prisma, files)).files.map((file) => file.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(await rowVersions(test)).toEqual(before);
  });

  it("merges the type another project's page gave a name into the project's type, moving that project and keeping every name", async () => {
    // TK.0902 is known only by its Spanish page, whose type name was added as a type of its own.
    const other = readFixture(KNOWLEDGE_TRANSFER.ES.file)
      .replace("TK.0901", "TK.0902")
      .replace("CI10P0901", "CI10P0902")
      .replace("Movilización de la diáspora marfileña", "Mapa de la diáspora marfileña");
    await importEach(test, [
      fixture(KNOWLEDGE_TRANSFER.EN.file),
      path.join(await pagesFolder({ "tk0902-es.txt": other }), "tk0902-es.txt"),
    ]);
    expect((await addedTypes(test)).map((type) => type.code)).toEqual([ADDED_FOR.ES, ADDED_FOR.EN]);
    const otherBefore = await test.db.prisma.project.findUniqueOrThrow({ where: { code: "TK.0902" } });

    const [report] = await importEach(test, [fixture(KNOWLEDGE_TRANSFER.ES.file)]);
    expect(report!.files[0]!.warnings).toEqual([
      `project type "${KNOWLEDGE_TRANSFER.ES.type}" is ${ADDED_FOR.ES} and the project's pages in English make the project ${ADDED_FOR.EN}: ` +
        `one type, ${ADDED_FOR.ES} merged into ${ADDED_FOR.EN}`,
    ]);
    expect(await addedTypes(test)).toEqual([
      { code: ADDED_FOR.EN, nameFr: KNOWLEDGE_TRANSFER.EN.type, nameEn: KNOWLEDGE_TRANSFER.EN.type, nameEs: KNOWLEDGE_TRANSFER.ES.type },
    ]);
    expect(await recordedNames(test)).toEqual([
      { name: KNOWLEDGE_TRANSFER.EN.type, language: "EN", code: ADDED_FOR.EN },
      { name: KNOWLEDGE_TRANSFER.ES.type, language: "ES", code: ADDED_FOR.EN },
    ]);
    const otherAfter = await test.db.prisma.project.findUniqueOrThrow({ where: { code: "TK.0902" } });
    expect(otherAfter.projectTypeCode).toBe(ADDED_FOR.EN);
    expect(otherAfter.updatedAt.getTime()).toBeGreaterThan(otherBefore.updatedAt.getTime());
    // The moved project is found by the English name it has now.
    const [document] = await test.db.prisma.$queryRaw<Array<{ extra: string }>>`
      SELECT "extra" FROM "SearchDocument" WHERE "kind" = 'project' AND "key" = 'TK.0902'`;
    expect(document!.extra).toContain(KNOWLEDGE_TRANSFER.EN.type);
  });

  it("merges a type added for an unknown English name into the known type the Spanish page names, and reads that name as it from then on", async () => {
    const english = readFixture(RESEARCH.EN).replace("Migration Research and Publication", "Research on Migration");
    const dir = await pagesFolder({
      "pr0901-en.txt": english,
      "pr0902-en.txt": english.replace("PR.0901", "PR.0902").replace("TN10P0901", "TN10P0902"),
    });
    await importEach(test, [path.join(dir, "pr0901-en.txt")]);
    expect(await typeOfProject(test, "PR.0901")).toBe("OTHER_RESEARCH_ON_MIGRATION");

    const [report] = await importEach(test, [fixture(RESEARCH.ES)]);
    expect(report!.files[0]!.warnings).toEqual([
      'project type "Investigación y publicaciones sobre migración" is RESEARCH_ASSESSMENT and the project\'s pages in English make the project ' +
        "OTHER_RESEARCH_ON_MIGRATION: one type, OTHER_RESEARCH_ON_MIGRATION merged into RESEARCH_ASSESSMENT",
    ]);
    expect(await typeOfProject(test, "PR.0901")).toBe("RESEARCH_ASSESSMENT");
    expect(await addedTypes(test)).toEqual([]);
    expect(await recordedNames(test)).toEqual([{ name: "Research on Migration", language: "EN", code: "RESEARCH_ASSESSMENT" }]);

    const [next] = await importEach(test, [path.join(dir, "pr0902-en.txt")]);
    expect(next!.files[0]).toMatchObject({ outcome: "created", warnings: [] });
    expect(await typeOfProject(test, "PR.0902")).toBe("RESEARCH_ASSESSMENT");
  });

  it("refuses a page naming another known type than the project's pages in other languages, writing nothing of it, again and again", async () => {
    await importEach(test, [fixture(RESEARCH.EN)]);
    const file = path.join(
      await pagesFolder({
        "pr0901-es.txt": readFixture(RESEARCH.ES).replace("Investigación y publicaciones sobre migración", "Migración laboral"),
      }),
      "pr0901-es.txt",
    );
    const before = await rowVersions(test);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const report = await importFiles(test.db.prisma, [file]);
      expect(report.files).toEqual([
        {
          file,
          error:
            `${file}: project type "Migración laboral" is LABOUR_MIGRATION, but the project's pages in English make the project RESEARCH_ASSESSMENT: ` +
            "two known types are never merged; correct the page that is wrong and import it again",
        },
      ]);
      expect(await rowVersions(test)).toEqual(before);
    }
    expect(await test.db.prisma.projectText.findMany({ where: { projectCode: "PR.0901" }, select: { language: true } })).toEqual([
      { language: "EN" },
    ]);
  });

  it("lets a page change its project's type, and importing every page again then changes nothing", async () => {
    await importEach(test, [fixture(KNOWLEDGE_TRANSFER.EN.file), fixture(KNOWLEDGE_TRANSFER.ES.file)]);
    const changed = path.join(
      await pagesFolder({
        "tk0901-en.txt": readFixture(KNOWLEDGE_TRANSFER.EN.file).replace(KNOWLEDGE_TRANSFER.EN.type, "Counter-Trafficking"),
      }),
      "tk0901-en.txt",
    );
    const [report] = await importEach(test, [changed]);
    expect(report!.files[0]).toMatchObject({
      outcome: "updated",
      warnings: [`project type COUNTER_TRAFFICKING replaces ${ADDED_FOR.EN}, which the project's pages in Spanish may still name`],
    });
    expect(await typeOfProject(test, "TK.0901")).toBe("COUNTER_TRAFFICKING");

    const before = await rowVersions(test);
    const again = await importFiles(test.db.prisma, [changed, fixture(KNOWLEDGE_TRANSFER.ES.file)]);
    expect(again.files.map((file) => file.outcome)).toEqual(["unchanged", "unchanged"]);
    expect(await rowVersions(test)).toEqual(before);
    expect(await typeOfProject(test, "TK.0901")).toBe("COUNTER_TRAFFICKING");
  });

  it("records the names of types added before names were kept, and merges those the reference list now has when reference data is written", async () => {
    // The database as it was before migration 0006, with two types added by imports then: one the list now has.
    await test.db.sql.query(`DROP TABLE "ProjectTypeName"`);
    await test.db.sql.query(`ALTER TABLE "ProjectText" DROP COLUMN "projectTypeName"`);
    await test.db.sql.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = '0006_project_type_names'`);
    await test.db.sql.query(`
      INSERT INTO "ProjectType" ("code", "nameFr", "nameEn", "nameEs") VALUES
        ('OTHER_COMMUNITY_AND_ECONOMIC_DEVELOPMENT', 'Community and Economic Development', 'Community and Economic Development', 'Community and Economic Development'),
        ('OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES', 'Transfer of migrant knowledge and resources',
          'Transfer of migrant knowledge and resources', 'Transfer of migrant knowledge and resources')`);
    await test.db.sql.query(`
      INSERT INTO "Project" ("code", "status", "projectTypeCode", "sourceLanguage", "updatedAt")
      VALUES ('CE.0186', 'COMPLETED', 'OTHER_COMMUNITY_AND_ECONOMIC_DEVELOPMENT', 'EN', now())`);

    expect((await migrate(test.db.sql, MIGRATIONS_DIR)).applied).toEqual(["0006_project_type_names"]);
    expect(await recordedNames(test)).toEqual([
      { name: "Community and Economic Development", language: null, code: "OTHER_COMMUNITY_AND_ECONOMIC_DEVELOPMENT" },
      { name: "Transfer of migrant knowledge and resources", language: null, code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES" },
    ]);

    await syncReferenceData(test.db.prisma);
    expect(await typeOfProject(test, "CE.0186")).toBe("COMMUNITY_ECONOMIC_DEVELOPMENT");
    expect((await addedTypes(test)).map((type) => type.code)).toEqual(["OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES"]);
    expect(await recordedNames(test)).toEqual([
      { name: "Community and Economic Development", language: null, code: "COMMUNITY_ECONOMIC_DEVELOPMENT" },
      { name: "Transfer of migrant knowledge and resources", language: null, code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES" },
    ]);

    // A page giving the old type's name finds it, and its language is recorded; its Spanish page then names it in Spanish.
    await importEach(test, [fixture(KNOWLEDGE_TRANSFER.EN.file), fixture(KNOWLEDGE_TRANSFER.ES.file)]);
    expect(await addedTypes(test)).toEqual([
      {
        code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES",
        nameFr: KNOWLEDGE_TRANSFER.EN.type,
        nameEn: KNOWLEDGE_TRANSFER.EN.type,
        nameEs: KNOWLEDGE_TRANSFER.ES.type,
      },
    ]);
  });
});

describe("a merged project type in the GraphQL API", () => {
  it("shows the type's name in each language, and finds the project by any of them or by its code", async () => {
    const api = await startTestServer({ withSamples: false });
    try {
      await importEach(
        api,
        [KNOWLEDGE_TRANSFER.FR, KNOWLEDGE_TRANSFER.EN, KNOWLEDGE_TRANSFER.ES].map(({ file }) => fixture(file)),
      );
      const { data, errors } = await api.request(
        `{ project(code: "TK.0901") { fr: projectType(locale: FR) en: projectType(locale: EN) es: projectType(locale: ES) } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.project).toEqual({ fr: KNOWLEDGE_TRANSFER.FR.type, en: KNOWLEDGE_TRANSFER.EN.type, es: KNOWLEDGE_TRANSFER.ES.type });

      for (const type of [
        KNOWLEDGE_TRANSFER.FR.type,
        KNOWLEDGE_TRANSFER.EN.type,
        "transferencia de conocimientos y recursos de los MIGRANTES",
        ADDED_FOR.FR,
      ]) {
        const found = await api.request(`query ($type: [String!]) { projects(filter: { projectType: $type }) { nodes { code } } }`, {
          type: [type],
        });
        expect(found.errors).toBeUndefined();
        expect(found.data.projects.nodes).toEqual([{ code: "TK.0901" }]);
      }
      const stats = await api.request(
        `{ projectStats(filter: { projectType: "${KNOWLEDGE_TRANSFER.ES.type}" }, groupBy: [PROJECT_TYPE]) { projectType(locale: ES) count } }`,
      );
      expect(stats.data.projectStats).toEqual([{ projectType: KNOWLEDGE_TRANSFER.ES.type, count: 1 }]);
    } finally {
      await api.stop();
    }
  });
});
