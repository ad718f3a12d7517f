import type { PrismaClient } from "@prisma/client";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import type { PageRequest } from "../shared/page-request";
import { readNewsById, readNewsOfCountries, readRelatedProjects } from "./news.reads";
import { NEWS_NEWEST_FIRST } from "../project/project.orderings";
import type { ProjectProjection, Projection } from "../project/project.columns";
import type { NewsRecord, ProjectRecord } from "../shared/records";
import { loaderByArguments, type ParentKey } from "../shared/loader-by-arguments";

interface NewsKey extends ParentKey {
  projection: Projection;
}

interface CountryNewsKey extends ParentKey {
  page: PageRequest;
  projection: Projection;
  withCount: boolean;
}

interface RelatedProjectsKey extends ParentKey {
  first: number;
  projection: ProjectProjection;
}

/** Loads of news: by id (federation references, search hits), a country's news, a release's projects. */
export function createNewsLoaders(prisma: PrismaClient, onBatch: (size: number) => void) {
  const byId = loaderByArguments<NewsKey, NewsRecord | null>(
    async (ids, { projection }) => {
      const rows = await readNewsById(prisma, ids, projection);
      return new Map(rows.map((row) => [row.id, row]));
    },
    () => null,
    onBatch,
  );

  const ofCountry = loaderByArguments<CountryNewsKey, ConnectionData<NewsRecord>>(
    async (countries, { page, projection, withCount }) => {
      const pages = await readNewsOfCountries(prisma, { countries, page, projection, withCount });
      return new Map(
        [...pages].map(([country, { rows, totalCount }]) => [country, connectionFrom(rows, page, NEWS_NEWEST_FIRST, totalCount)]),
      );
    },
    () => connectionFrom([], { first: 0, after: null }, NEWS_NEWEST_FIRST, 0),
    onBatch,
  );

  const relatedProjects = loaderByArguments<RelatedProjectsKey, ProjectRecord[]>(
    (ids, { first, projection }) => readRelatedProjects(prisma, ids, first, projection),
    () => [],
    onBatch,
  );

  return {
    newsArticle: (id: string, projection: Projection) => byId.load({ parent: id, signature: projection.key, projection }),
    /** A page of the news about a country, newest first. */
    newsOfCountry: (code: string, args: Omit<CountryNewsKey, "parent" | "signature">) =>
      ofCountry.load({ parent: code, ...args, signature: JSON.stringify([args.page, args.projection.key, args.withCount]) }),
    /** The first `first` projects related to the release (see readRelatedProjects). */
    relatedProjects: (id: string, first: number, projection: ProjectProjection) =>
      relatedProjects.load({ parent: id, signature: `${first}|${projection.key}`, first, projection }),
  };
}
