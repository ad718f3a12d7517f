import type { CountryRole, MemberState, NewsArticle, PrismaClient, Project, ProjectText, ProjectType } from "@prisma/client";
import DataLoader from "dataloader";
import { compareBy } from "../pagination/ordering";
import { NEWS_NEWEST_FIRST } from "../queries/orderings";
import { byKeys, groupedByKeys } from "./batch";

export function createProjectLoaders(prisma: PrismaClient, newsById: DataLoader<string, NewsArticle | null>) {
  const countriesOfProjects = (role: CountryRole) =>
    new DataLoader<string, MemberState[]>(async (codes) => {
      const links = await prisma.projectCountry.findMany({
        where: { projectCode: { in: [...codes] }, role },
        include: { memberState: true },
        orderBy: { memberStateCode: "asc" },
      });
      return groupedByKeys(codes, links, (link) => link.projectCode).map((group) => group.map((link) => link.memberState));
    });

  return {
    projectByCode: new DataLoader<string, Project | null>(async (codes) =>
      byKeys(codes, await prisma.project.findMany({ where: { code: { in: [...codes] } } }), (project) => project.code),
    ),
    projectTexts: new DataLoader<string, ProjectText[]>(async (codes) =>
      groupedByKeys(codes, await prisma.projectText.findMany({ where: { projectCode: { in: [...codes] } } }), (text) => text.projectCode),
    ),
    projectTypeByCode: new DataLoader<string, ProjectType | null>(async (codes) =>
      byKeys(codes, await prisma.projectType.findMany({ where: { code: { in: [...codes] } } }), (type) => type.code),
    ),
    beneficiaryStates: countriesOfProjects("BENEFICIARY"),
    otherBenefitingCountries: countriesOfProjects("OTHER_BENEFITING"),

    /** News naming the project first, then news about any of its beneficiary states; newest first within each. */
    relatedNews: new DataLoader<string, NewsArticle[]>(async (codes) => {
      const explicit = await prisma.newsProject.findMany({ where: { projectCode: { in: [...codes] } } });
      const beneficiaries = await prisma.projectCountry.findMany({
        where: { projectCode: { in: [...codes] }, role: "BENEFICIARY" },
        select: { projectCode: true, memberStateCode: true },
      });
      const aboutStates = await prisma.newsCountry.findMany({
        where: { memberStateCode: { in: [...new Set(beneficiaries.map((link) => link.memberStateCode))] } },
      });
      const newsIds = [...new Set([...explicit, ...aboutStates].map((link) => link.newsId))];
      const articleById = new Map((await newsById.loadMany(newsIds)).filter(isNews).map((article) => [article.id, article]));
      const newsIdsByState = new Map(
        groupedByKeys([...new Set(aboutStates.map((link) => link.memberStateCode))], aboutStates, (link) => link.memberStateCode).map(
          (links) => [links[0]!.memberStateCode, links.map((link) => link.newsId)],
        ),
      );
      const newest = compareBy(NEWS_NEWEST_FIRST);
      const articles = (ids: Iterable<string>) => [...new Set(ids)].map((id) => articleById.get(id)).filter(isNews).sort(newest);
      const explicitByProject = groupedByKeys(codes, explicit, (link) => link.projectCode);
      const statesByProject = groupedByKeys(codes, beneficiaries, (link) => link.projectCode);

      return codes.map((_code, index) => {
        const named = articles(explicitByProject[index]!.map((link) => link.newsId));
        const namedIds = new Set(named.map((article) => article.id));
        const aboutItsStates = articles(
          statesByProject[index]!.flatMap((link) => newsIdsByState.get(link.memberStateCode) ?? []).filter((id) => !namedIds.has(id)),
        );
        return [...named, ...aboutItsStates];
      });
    }),
  };
}

function isNews(value: NewsArticle | Error | null | undefined): value is NewsArticle {
  return value !== null && value !== undefined && !(value instanceof Error);
}
