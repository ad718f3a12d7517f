import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { importFiles, type ImportReport } from "../../src/import/import-files";
import { databaseForSuite } from "../support/test-database";
import { PO_0201, samplePage } from "../support/sample-pages";

/** A project page in the samples' layout, with the code, Prima ID, title and type given. */
async function projectPage(
  code: string,
  primaId: string,
  title: string,
  projectType = "Activités de politique migratoire",
): Promise<string> {
  const sample = await fs.readFile(samplePage(PO_0201.file), "utf8");
  return sample
    .replace("PO.0201", code)
    .replace("AR99P0518", primaId)
    .replace("Élaboration d’un plan régional de gestion des migrations en Amérique du Sud", title)
    .replace("Activités de politique migratoire", projectType);
}

/** A news page: title, a dateline opening the text, one more paragraph. */
function newsPage(title: string, opening: string): string {
  return [title, `Genève, le 13 juillet 2021 – ${opening}`, "Le projet est financé par le Fonds de l'OIM pour le développement."].join(
    "\n",
  );
}

async function pageFolder(pages: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-batch-"));
  for (const [name, text] of Object.entries(pages)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

const outcomes = (report: ImportReport) => report.files.map((file) => file.outcome ?? "failed");

describe("importing pages in batches", () => {
  const test = databaseForSuite();
  beforeEach(async () => {
    await test.db.prisma.$executeRaw`TRUNCATE "Project", "NewsArticle", "SearchDocument" CASCADE`;
  });

  /** Every row the import writes, with the transaction that wrote it: equal snapshots mean nothing was written. */
  async function rowVersions(): Promise<string[]> {
    const rows = await test.db.prisma.$queryRaw<Array<{ row: string }>>`
      SELECT concat_ws(' ', 'project', "code", xmin::text) AS row FROM "Project"
      UNION ALL SELECT concat_ws(' ', 'text', "projectCode", "language", xmin::text) FROM "ProjectText"
      UNION ALL SELECT concat_ws(' ', 'country', "projectCode", "memberStateCode", "role", xmin::text) FROM "ProjectCountry"
      UNION ALL SELECT concat_ws(' ', 'type', "code", xmin::text) FROM "ProjectType"
      UNION ALL SELECT concat_ws(' ', 'type name', "folded", xmin::text) FROM "ProjectTypeName"
      UNION ALL SELECT concat_ws(' ', 'news', "id", xmin::text) FROM "NewsArticle"
      UNION ALL SELECT concat_ws(' ', 'news country', "newsId", "memberStateCode", xmin::text) FROM "NewsCountry"
      UNION ALL SELECT concat_ws(' ', 'news project', "newsId", "projectCode", xmin::text) FROM "NewsProject"
      UNION ALL SELECT concat_ws(' ', 'search', "kind", "key", "language", xmin::text) FROM "SearchDocument"`;
    return rows.map(({ row }) => row).sort();
  }

  it("imports pages across several batches, and importing them again writes no row", async () => {
    const pages: Record<string, string> = {};
    for (let index = 1; index <= 7; index += 1) {
      pages[`p${index}.txt`] = await projectPage(`BT.010${index}`, `AR99P010${index}`, `Projet ${index}`);
      pages[`n${index}.txt`] = newsPage(`Nouvelle ${index}`, `L'OIM et le Pérou annoncent le projet BT.010${index}.`);
    }
    const dir = await pageFolder(pages);
    const first = await importFiles(test.db.prisma, [dir], { pagesPerBatch: 4 });
    expect(outcomes(first)).toEqual(Array(14).fill("created"));
    expect(await test.db.prisma.newsProject.count()).toBe(7);
    // The links carry their article's date (migration 0004's triggers): none is left without it.
    expect(await test.db.prisma.newsCountry.count({ where: { publishedAt: new Date(Date.UTC(2021, 6, 13)) } })).toBe(7);
    expect(await test.db.prisma.$queryRaw`SELECT "kind", count(*)::int AS n FROM "SearchDocument" GROUP BY "kind" ORDER BY "kind"`).toEqual(
      [
        { kind: "news", n: 7 },
        { kind: "project", n: 7 },
      ],
    );

    const before = await rowVersions();
    const again = await importFiles(test.db.prisma, [dir], { pagesPerBatch: 4 });
    expect(outcomes(again)).toEqual(Array(14).fill("unchanged"));
    expect(await rowVersions()).toEqual(before);
  });

  it("updates what changed in a batch: a project's countries and text, an article's contact block, and their search documents", async () => {
    const project = await projectPage("BT.0501", "AR99P0501", "Projet à mettre à jour");
    const news = `${newsPage("Une nouvelle", "L'OIM aide le Pérou.")}\nPour plus d'informations, veuillez contacter:\nJorge Gallo`;
    const dir = await pageFolder({ "p.txt": project, "n.txt": news });
    await importFiles(test.db.prisma, [dir]);
    await fs.writeFile(
      path.join(dir, "p.txt"),
      project.replace("ChiliUruguay", "Mexique").replace("Ces vingt dernières années", "Depuis vingt ans"),
    );
    await fs.writeFile(path.join(dir, "n.txt"), news.replace("Jorge Gallo", "Ana Pérez"));
    const report = await importFiles(test.db.prisma, [dir]);
    expect(outcomes(report)).toEqual(["updated", "updated"]);

    const others = await test.db.prisma.projectCountry.findMany({ where: { projectCode: "BT.0501", role: "OTHER_BENEFITING" } });
    expect(others.map((country) => country.memberStateCode)).toEqual(["MX"]);
    expect(await test.db.prisma.projectCountry.count({ where: { projectCode: "BT.0501", role: "BENEFICIARY" } })).toBe(7);
    const [article] = await test.db.prisma.newsArticle.findMany();
    expect(article?.contact).toBe("Pour plus d'informations, veuillez contacter:\nAna Pérez");
    const documents = await test.db.prisma.searchDocument.findMany({ orderBy: { kind: "asc" } });
    expect(documents.map((document) => [document.kind, document.key])).toEqual([
      ["news", article?.id],
      ["project", "BT.0501"],
    ]);
    expect(documents[1]?.extra).toContain("Mexique");
    expect(documents[1]?.extra).not.toContain("Uruguay");
    expect(documents[1]?.body).toMatch(/^Depuis vingt ans/);
  });

  it("keeps two releases that share a title as two articles, and one page imported twice as one", async () => {
    const dir = await pageFolder({
      "a.txt": newsPage("L'OIM accueille un nouvel État membre", "L'OIM accueille Tuvalu."),
      "b.txt": newsPage("L'OIM accueille un nouvel État membre", "L'OIM accueille Nauru."),
      "c.txt": newsPage("L'OIM accueille un nouvel État membre", "L'OIM accueille Tuvalu."),
    });
    const report = await importFiles(test.db.prisma, [dir]);
    expect(outcomes(report)).toEqual(["created", "created", "unchanged"]);
    expect(report.files[2]?.key).toBe(report.files[0]?.key);
    expect(await test.db.prisma.newsArticle.count()).toBe(2);
  });

  it("lets a page the database refuses fail alone: its batch neighbours land and it writes nothing", async () => {
    // A refusal no check before the batch foresees, as a constraint of the database gives it.
    await test.db.prisma.$executeRaw`ALTER TABLE "NewsArticle" ADD CONSTRAINT "test_refused_title" CHECK ("title" <> 'Refusée')`;
    try {
      const dir = await pageFolder({
        "a.txt": newsPage("Acceptée", "L'OIM aide le Pérou."),
        "b.txt": newsPage("Refusée", "L'OIM aide le Chili."),
        "c.txt": await projectPage("BT.0201", "AR99P0201", "Projet accepté"),
      });
      const report = await importFiles(test.db.prisma, [dir]);
      expect(outcomes(report)).toEqual(["created", "failed", "created"]);
      expect(report.files[1]?.error).toBe(
        `${path.join(dir, "b.txt")}: new row for relation "NewsArticle" violates check constraint "test_refused_title"`,
      );
      expect((await test.db.prisma.newsArticle.findMany({ select: { title: true } })).map((news) => news.title)).toEqual(["Acceptée"]);
      expect(await test.db.prisma.newsCountry.count()).toBe(1);
      expect(await test.db.prisma.searchDocument.count()).toBe(2);
    } finally {
      await test.db.prisma.$executeRaw`ALTER TABLE "NewsArticle" DROP CONSTRAINT "test_refused_title"`;
    }
  });

  it("refuses a page with a project's fields but no code, naming file and line, and stores no news for it", async () => {
    const legacy = await fs.readFile(path.join(__dirname, "..", "fixtures", "pages", "legacy-french.txt"), "utf8");
    const dir = await pageFolder({ "a.txt": legacy.replace("LM.0512\n", ""), "b.txt": newsPage("Une nouvelle", "L'OIM aide le Pérou.") });
    const report = await importFiles(test.db.prisma, [dir]);
    expect(outcomes(report)).toEqual(["failed", "created"]);
    expect(report.files[0]?.error).toMatch(new RegExp(`^${path.join(dir, "a.txt")}:3: page has the fields of a project page`));
    expect(await test.db.prisma.newsArticle.count()).toBe(1);
    expect(await test.db.prisma.project.count()).toBe(0);
  });

  it("refuses one of two pages that claim the same Prima ID, naming the project that holds it", async () => {
    const codeOfFile: Record<string, string> = { "a.txt": "BT.0301", "b.txt": "BT.0302", "c.txt": "BT.0303" };
    const pages: Record<string, string> = {};
    for (const [file, code] of Object.entries(codeOfFile)) pages[file] = await projectPage(code, "AR99P0301", `Projet ${code}`);
    const report = await importFiles(test.db.prisma, [await pageFolder(pages)]);
    // The pages may be written in two lanes at once: whichever is written first keeps the Prima ID.
    const holder = await test.db.prisma.project.findUniqueOrThrow({ where: { primaId: "AR99P0301" } });
    expect(report.files.filter((file) => file.outcome === "created").map((file) => file.key)).toEqual([holder.code]);
    const refused = report.files.filter((file) => file.error);
    expect(refused.map((file) => file.error)).toEqual(
      refused.map(
        (file) => `${file.file}: Prima ID AR99P0301 already belongs to project ${holder.code}, not ${codeOfFile[path.basename(file.file)]}`,
      ),
    );
    expect(refused).toHaveLength(2);
    expect(await test.db.prisma.project.count()).toBe(1);
  });

  it("gives right counts when two importers load the same pages at once: each page created once, a new type added once", async () => {
    const pages: Record<string, string> = {};
    for (let index = 10; index < 30; index += 1) {
      pages[`p${index}.txt`] = await projectPage(
        `BT.04${index}`,
        `AR99P04${index}`,
        `Projet ${index}`,
        "Type de projet ajouté en même temps",
      );
      pages[`n${index}.txt`] = newsPage(`Nouvelle ${index}`, `L'OIM et le Chili annoncent le projet BT.04${index}.`);
    }
    const dir = await pageFolder(pages);
    const other = await test.openAgain();
    const reports = await Promise.all([test.db, other].map((db) => importFiles(db.prisma, [dir], { pagesPerBatch: 5 })));

    const all = reports.flatMap((report) => report.files);
    expect(all.filter((file) => file.error)).toEqual([]);
    expect(all.filter((file) => file.outcome === "created")).toHaveLength(40);
    expect(all.filter((file) => file.outcome === "unchanged")).toHaveLength(40);
    expect(all.flatMap((file) => file.warnings ?? [])).toEqual([
      'project type "Type de projet ajouté en même temps" is not a known IOM type; added as OTHER_TYPE_DE_PROJET_AJOUTE_EN_MEME_TEMPS',
    ]);
    expect(await test.db.prisma.project.count()).toBe(20);
    expect(await test.db.prisma.newsArticle.count()).toBe(20);
    expect(await test.db.prisma.searchDocument.count()).toBe(40);
  });
});
