import type { PrismaClient } from "@prisma/client";
import { importFiles, type ImportReport } from "./import-files";

/** Loads the sample pages shipped in data/pages into a database that holds no project and no news yet. */
export async function importSamplesIntoEmptyDatabase(prisma: PrismaClient, samplesDir: string): Promise<ImportReport | null> {
  const [projects, news] = await Promise.all([prisma.project.count(), prisma.newsArticle.count()]);
  if (projects > 0 || news > 0) return null;
  return importFiles(prisma, [samplesDir]);
}
