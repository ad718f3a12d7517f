import type { MemberState, NewsArticle, PrismaClient, Project } from "@prisma/client";
import DataLoader from "dataloader";
import { byKeys, groupedByKeys } from "./batch";

export function createNewsLoaders(prisma: PrismaClient, newsById: DataLoader<string, NewsArticle | null>) {
  return {
    newsById,
    newsCountries: new DataLoader<string, MemberState[]>(async (ids) => {
      const links = await prisma.newsCountry.findMany({
        where: { newsId: { in: [...ids] } },
        include: { memberState: true },
        orderBy: { memberStateCode: "asc" },
      });
      return groupedByKeys(ids, links, (link) => link.newsId).map((group) => group.map((link) => link.memberState));
    }),

    /** Projects the release names first, then projects with one of its countries among their beneficiaries; by code within each. */
    relatedProjects: new DataLoader<string, Project[]>(async (ids) => {
      const named = await prisma.newsProject.findMany({ where: { newsId: { in: [...ids] } } });
      const countries = await prisma.newsCountry.findMany({ where: { newsId: { in: [...ids] } } });
      const projects = await prisma.project.findMany({
        where: {
          OR: [
            { code: { in: named.map((link) => link.projectCode) } },
            { countries: { some: { role: "BENEFICIARY", memberStateCode: { in: countries.map((link) => link.memberStateCode) } } } },
          ],
        },
        include: { countries: { where: { role: "BENEFICIARY" }, select: { memberStateCode: true } } },
        orderBy: { code: "asc" },
      });
      const namedByNews = groupedByKeys(ids, named, (link) => link.newsId);
      const countriesByNews = groupedByKeys(ids, countries, (link) => link.newsId);
      return ids.map((_id, index) => {
        const namedCodes = new Set(namedByNews[index]!.map((link) => link.projectCode));
        const states = new Set(countriesByNews[index]!.map((link) => link.memberStateCode));
        const aboutStates = projects.filter(
          (project) => !namedCodes.has(project.code) && project.countries.some((country) => states.has(country.memberStateCode)),
        );
        return [...projects.filter((project) => namedCodes.has(project.code)), ...aboutStates].map(({ countries: _links, ...project }) => project);
      });
    }),
  };
}

export function createNewsByIdLoader(prisma: PrismaClient) {
  return new DataLoader<string, NewsArticle | null>(async (ids) =>
    byKeys(ids, await prisma.newsArticle.findMany({ where: { id: { in: [...ids] } } }), (news) => news.id),
  );
}
