import type { ReadSql } from "../../db/sql-reads";
import type { ProjectFilter } from "../project/project.inputs";
import type { ProjectDimension } from "./project-bucket.type";
import { readProjectBuckets } from "./project-stats.reads";

/** Statistics for one request: each projectStats field is one GROUP BY statement. */
export function createProjectStatsLoaders(read: ReadSql) {
  return {
    buckets: (filter: ProjectFilter | null | undefined, groupBy: readonly ProjectDimension[]) => readProjectBuckets(read, filter, groupBy),
  };
}
