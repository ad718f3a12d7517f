import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DatabaseLostError } from "../../src/import/database-lost";
import { importFiles } from "../../src/import/import-files";
import { databasePerTest, type TestDatabase } from "../support/test-database";
import { PO_0201, SAMPLE_PAGES, samplePage } from "../support/sample-pages";
import { FIXTURE_PAGES } from "../support/fixture-pages";

async function tableCounts(test: TestDatabase) {
  const { prisma } = test.db;
  return {
    projects: await prisma.project.count(),
    projectTexts: await prisma.projectText.count(),
    projectCountries: await prisma.projectCountry.count(),
    news: await prisma.newsArticle.count(),
    newsCountries: await prisma.newsCountry.count(),
  };
}

describe("importing IOM pages", () => {
  const test = databasePerTest();

  it("imports the five sample pages with their countries, regions and types", async () => {
    const report = await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    expect(report.failed).toBe(0);
    expect(report.files.map((file) => [file.kind, file.key, file.outcome])).toEqual([
      ["project", "RT.1130", "created"],
      ["project", "PO.0201", "created"],
      ["project", "RR.0344", "created"],
      ["project", "PX.0220", "created"],
      ["news", "nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28", "created"],
    ]);
    // 1 + 7 beneficiaries and 2 others + 1 + 3 country links, as listed on the pages.
    expect(await tableCounts(test)).toEqual({ projects: 4, projectTexts: 4, projectCountries: 14, news: 1, newsCountries: 1 });

    const project = await test.db.prisma.project.findUniqueOrThrow({
      where: { code: "PO.0201" },
      include: { countries: { orderBy: { memberStateCode: "asc" } }, texts: true, projectType: true, region: true },
    });
    expect(project.budgetUsd?.toFixed(2)).toBe("400000.00");
    expect(project.region?.nameEn).toBe("Latin America and the Caribbean");
    expect(project.projectType?.nameEn).toBe("Migration Policy Activities");
    expect(project.countries.filter((c) => c.role === "BENEFICIARY").map((c) => c.memberStateCode)).toEqual(PO_0201.beneficiaries);
    expect(project.countries.filter((c) => c.role === "OTHER_BENEFITING").map((c) => c.memberStateCode)).toEqual(["CL", "UY"]);
  });

  it("changes nothing when the same pages are imported again", async () => {
    await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    const before = await test.db.prisma.project.findMany({ orderBy: { code: "asc" } });
    const statementsBefore = test.db.statements.total;
    const again = await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    expect(again.files.map((file) => file.outcome)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await test.db.prisma.project.findMany({ orderBy: { code: "asc" } })).toEqual(before);
    // Reads only: each page costs a few SELECTs inside its transaction, and no write.
    expect(test.db.statements.total - statementsBefore).toBeLessThan(5 * 6);
  });

  it("updates a project when its page brings new values, keeping what the page does not mention", async () => {
    await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pages-"));
    const original = await fs.readFile(samplePage(PO_0201.file), "utf8");
    const changed = original.replace("400000.00", "450000.00").replace("-\nAnnée\n2022\n", "");
    await fs.writeFile(path.join(dir, "po0201.txt"), changed);
    const report = await importFiles(test.db.prisma, [dir]);
    expect(report.files[0]?.outcome).toBe("updated");
    const project = await test.db.prisma.project.findUniqueOrThrow({ where: { code: "PO.0201" } });
    expect(project.budgetUsd?.toFixed(2)).toBe("450000.00");
    expect(project.allocationYear).toBe(2022);
  });

  it("rejects a page with an unknown country, naming file and line, writes nothing, and still imports the good pages", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pages-"));
    const original = await fs.readFile(samplePage(PO_0201.file), "utf8");
    await fs.writeFile(path.join(dir, "a-bad.txt"), original.replace("ChiliUruguay", "ChiliAtlantide"));
    await fs.copyFile(samplePage("002_6b736d9d60afa914.txt"), path.join(dir, "b-good.txt"));
    const report = await importFiles(test.db.prisma, [dir]);
    expect(report.failed).toBe(1);
    const lineOfList = original.split("\n").indexOf("ChiliUruguay") + 1;
    expect(report.files[0]?.error).toBe(
      `${path.join(dir, "a-bad.txt")}:${lineOfList}: unknown country name "Atlantide" in other benefiting countries "ChiliAtlantide"`,
    );
    expect(report.files[1]?.outcome).toBe("created");
    expect(await test.db.prisma.project.findMany({ select: { code: true } })).toEqual([{ code: "RR.0344" }]);
  });

  it("refuses an older-layout project page without its code, naming file, line and the missing code, and stores no news for it", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pages-"));
    await fs.copyFile(path.join(FIXTURE_PAGES, "legacy-english-without-code.txt"), path.join(dir, "a-no-code.txt"));
    await fs.copyFile(samplePage("002_6b736d9d60afa914.txt"), path.join(dir, "b-good.txt"));
    const report = await importFiles(test.db.prisma, [dir]);
    expect(report.failed).toBe(1);
    expect(report.files[0]?.error).toBe(
      `${path.join(dir, "a-no-code.txt")}:2: page has the fields of a project page (project type on line 2, countries on line 3) ` +
        "but no project code where the importer reads it (a Project ID / Projet ID / Proyecto ID field, or the line under the region " +
        "in the older layout): refused rather than stored as news",
    );
    expect(report.files[1]?.outcome).toBe("created");
    expect(await tableCounts(test)).toEqual({ projects: 1, projectTexts: 1, projectCountries: 1, news: 0, newsCountries: 0 });
  });

  it("stops with one error, not a failure for each page, when the database is gone", async () => {
    await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    await test.cutOff();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pages-"));
    await fs.copyFile(samplePage("002_6b736d9d60afa914.txt"), path.join(dir, "a.txt"));
    await fs.copyFile(samplePage("003_f1304bd47d6398f5.txt"), path.join(dir, "b.txt"));
    await expect(importFiles(test.db.prisma, [dir])).rejects.toThrow(DatabaseLostError);
  });

  it("rejects a second project claiming a Prima ID that belongs to another, leaving both as they were", async () => {
    await importFiles(test.db.prisma, [SAMPLE_PAGES]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-pages-"));
    const original = await fs.readFile(samplePage("002_6b736d9d60afa914.txt"), "utf8");
    await fs.writeFile(path.join(dir, "clash.txt"), original.replace("EC10P0541", "AR99P0518").replace("300000.00", "1.00"));
    const report = await importFiles(test.db.prisma, [dir]);
    expect(report.files[0]?.error).toMatch(/Prima ID AR99P0518 already belongs to project PO\.0201, not RR\.0344/);
    const project = await test.db.prisma.project.findUniqueOrThrow({ where: { code: "RR.0344" } });
    expect(project.budgetUsd?.toFixed(2)).toBe("300000.00");
  });
});
