import type { PrismaClient, Project, Region } from "@prisma/client";
import DataLoader from "dataloader";
import type { ProjectFilter } from "../models/filters";
import { afterCursorWhere, orderByOf } from "../pagination/ordering";
import { projectWhere } from "../queries/filters";
import { PROJECTS_BY_CODE } from "../queries/orderings";
import { byKeys } from "./batch";
import { childConnectionLoader } from "./child-connection.loader";

export function createRegionLoaders(prisma: PrismaClient, projectByCode: DataLoader<string, Project | null>) {
  return {
    regionByCode: new DataLoader<string, Region | null>(async (codes) =>
      byKeys(codes, await prisma.region.findMany({ where: { code: { in: [...codes] } } }), (region) => region.code),
    ),

    /** Projects whose IDF region is the region. */
    projectsOfRegion: childConnectionLoader<ProjectFilter | null, Project>({
      ordering: PROJECTS_BY_CODE,
      nodes: projectByCode,
      async links(parents, filter, page) {
        const where = { AND: [await projectWhere(prisma, filter), { regionCode: { in: parents } }, ...(page.after ? [afterCursorWhere(PROJECTS_BY_CODE, page.after)] : [])] };
        const rows = await prisma.project.findMany({ where, select: { code: true, regionCode: true }, orderBy: orderByOf(PROJECTS_BY_CODE) });
        return rows.map((row) => ({ parent: row.regionCode ?? "", child: row.code }));
      },
      async counts(parents, filter) {
        const groups = await prisma.project.groupBy({
          by: ["regionCode"],
          where: { AND: [await projectWhere(prisma, filter), { regionCode: { in: parents } }] },
          _count: { _all: true },
        });
        return new Map(groups.map((group) => [group.regionCode ?? "", group._count._all]));
      },
    }),
  };
}
