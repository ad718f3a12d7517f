import type { ReadSql } from "../db/sql-reads";
import { createNewsLoaders } from "../graph/news/news.loaders";
import { createProjectStatsLoaders } from "../graph/project-stats/project-stats.loaders";
import { createProjectLoaders } from "../graph/project/project.loaders";
import { createSearchLoaders } from "../graph/search/search.loaders";

/**
 * Every entity's loaders (each in its folder under src/graph), created fresh for each request so
 * that no cached row outlives it; resolvers reach them as `ctx.loaders.<entity>`. Countries and
 * regions need none: they are reference data, in memory.
 */
export function createLoaders(read: ReadSql, onBatch: (size: number) => void = () => undefined) {
  return {
    projects: createProjectLoaders(read, onBatch),
    news: createNewsLoaders(read, onBatch),
    search: createSearchLoaders(read),
    projectStats: createProjectStatsLoaders(read),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
