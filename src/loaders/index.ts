import type { PrismaClient } from "@prisma/client";
import { createMemberStateLoaders } from "./member-state.loaders";
import { createNewsByIdLoader, createNewsLoaders } from "./news.loaders";
import { createProjectLoaders } from "./project.loaders";
import { createRegionLoaders } from "./region.loaders";

/** Every loader of the API, created fresh for each request so that no cached row outlives it. */
export function createLoaders(prisma: PrismaClient) {
  const newsById = createNewsByIdLoader(prisma);
  const projects = createProjectLoaders(prisma, newsById);
  return {
    ...projects,
    ...createNewsLoaders(prisma, newsById),
    ...createMemberStateLoaders(prisma, projects.projectByCode, newsById),
    ...createRegionLoaders(prisma, projects.projectByCode),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
