import type { PrismaClient } from "@prisma/client";
import type { ProjectFilter } from "../project/project.inputs";
import type { ProjectDimension } from "./project-bucket.type";
import { readProjectBuckets } from "./project-stats.reads";

/** Statistics for one request: each projectStats field is one GROUP BY statement. */
export function createProjectStatsLoaders(prisma: PrismaClient) {
  return {
    buckets: (filter: ProjectFilter | null | undefined, groupBy: readonly ProjectDimension[]) =>
      readProjectBuckets(prisma, filter, groupBy),
  };
}
