import type { MemberState, NewsArticle, PrismaClient, Project } from "@prisma/client";
import DataLoader from "dataloader";
import type { ProjectFilter } from "../models/filters";
import { afterCursorWhere } from "../pagination/ordering";
import { projectWhere } from "../queries/filters";
import { NEWS_NEWEST_FIRST, PROJECTS_BY_CODE } from "../queries/orderings";
import { byKeys, groupedByKeys } from "./batch";
import { childConnectionLoader } from "./child-connection.loader";

export function createMemberStateLoaders(
  prisma: PrismaClient,
  projectByCode: DataLoader<string, Project | null>,
  newsById: DataLoader<string, NewsArticle | null>,
) {
  return {
    memberStateByCode: new DataLoader<string, MemberState | null>(async (codes) =>
      byKeys(codes, await prisma.memberState.findMany({ where: { code: { in: [...codes] } } }), (state) => state.code),
    ),
    memberStatesByRegion: new DataLoader<string, MemberState[]>(async (regions) =>
      groupedByKeys(
        regions,
        await prisma.memberState.findMany({ where: { regionCode: { in: [...regions] } }, orderBy: { code: "asc" } }),
        (state) => state.regionCode ?? "",
      ),
    ),

    /** Projects a country benefits from as an eligible beneficiary member state. */
    projectsOfMemberState: childConnectionLoader<ProjectFilter | null, Project>({
      ordering: PROJECTS_BY_CODE,
      nodes: projectByCode,
      async links(parents, filter, page) {
        const where = await projectWhere(prisma, filter);
        const rows = await prisma.projectCountry.findMany({
          where: {
            memberStateCode: { in: parents },
            role: "BENEFICIARY",
            project: page.after ? { AND: [where, afterCursorWhere(PROJECTS_BY_CODE, page.after)] } : where,
          },
          select: { memberStateCode: true, projectCode: true },
          orderBy: { projectCode: "asc" },
        });
        return rows.map((row) => ({ parent: row.memberStateCode, child: row.projectCode }));
      },
      async counts(parents, filter) {
        const groups = await prisma.projectCountry.groupBy({
          by: ["memberStateCode"],
          where: { memberStateCode: { in: parents }, role: "BENEFICIARY", project: await projectWhere(prisma, filter) },
          _count: { _all: true },
        });
        return new Map(groups.map((group) => [group.memberStateCode, group._count._all]));
      },
    }),

    /** News concerning a country, newest first. */
    newsOfMemberState: childConnectionLoader<null, NewsArticle>({
      ordering: NEWS_NEWEST_FIRST,
      nodes: newsById,
      async links(parents, _filter, page) {
        const rows = await prisma.newsCountry.findMany({
          where: { memberStateCode: { in: parents }, ...(page.after ? { news: afterCursorWhere(NEWS_NEWEST_FIRST, page.after) } : {}) },
          select: { memberStateCode: true, newsId: true },
          orderBy: [{ news: { publishedAt: { sort: "desc", nulls: "last" } } }, { newsId: "asc" }],
        });
        return rows.map((row) => ({ parent: row.memberStateCode, child: row.newsId }));
      },
      async counts(parents) {
        const groups = await prisma.newsCountry.groupBy({
          by: ["memberStateCode"],
          where: { memberStateCode: { in: parents } },
          _count: { _all: true },
        });
        return new Map(groups.map((group) => [group.memberStateCode, group._count._all]));
      },
    }),
  };
}
