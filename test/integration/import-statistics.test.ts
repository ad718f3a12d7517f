import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { importFiles } from "../../src/import/import-files";
import { writeColombianProjectPages } from "../support/generated-pages";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the planner's statistics after an import", () => {
  let test: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    test = await createTestDatabase();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "iom-analyze-"));
  });
  afterAll(async () => {
    await test.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  // What the planner believes the Project table holds: -1 (never analyzed) or 0 until statistics are made.
  const plannerEstimate = async () =>
    (
      await test.db.prisma.$queryRaw<Array<{ estimate: number }>>`SELECT reltuples::int AS estimate FROM pg_class WHERE relname = 'Project'`
    )[0]?.estimate;

  it("are left to autovacuum after a small import, and refreshed by the import itself after 1,000 pages", async () => {
    const small = await fs.mkdtemp(path.join(dir, "small-"));
    await writeColombianProjectPages(small, 10);
    await importFiles(test.db.prisma, [small]);
    expect(await plannerEstimate()).toBeLessThanOrEqual(0);

    const large = await fs.mkdtemp(path.join(dir, "large-"));
    await writeColombianProjectPages(large, 1_000, 10);
    expect((await importFiles(test.db.prisma, [large])).failed).toBe(0);
    expect(await plannerEstimate()).toBe(1_010);
  }, 120_000);
});
