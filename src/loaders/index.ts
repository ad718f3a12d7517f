import type { PrismaClient } from "@prisma/client";
import { createNewsLoaders } from "../graph/news/news.loaders";
import { createProjectLoaders } from "../graph/project/project.loaders";

/** Every loader of the API, created fresh for each request so that no cached row outlives it. */
export function createLoaders(prisma: PrismaClient, onBatch: (size: number) => void = () => undefined) {
  return { ...createProjectLoaders(prisma, onBatch), ...createNewsLoaders(prisma, onBatch) };
}

export type Loaders = ReturnType<typeof createLoaders>;
