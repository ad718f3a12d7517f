import type { ReadSql } from "../../db/sql-reads";
import type { ProjectProjection } from "../project/project.columns";
import type { Project } from "../project/project.type";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import { loaderByArguments, recordLoader, type ParentKey } from "../shared/loader-by-arguments";
import type { PageRequest } from "../shared/page-request";
import type { Projection } from "../shared/projection";
import type { ListSelection } from "../shared/selection";
import { newsCondition } from "./news.conditions";
import type { NewsFilter } from "./news.inputs";
import { NEWS_NEWEST_FIRST } from "./news.orderings";
import { readNewsById, readNewsOfCountries, readNewsPage, readRelatedProjects } from "./news.reads";
import type { NewsArticle } from "./news.type";

interface CountryNewsKey extends ParentKey {
  page: PageRequest;
  projection: Projection;
  withCount: boolean;
}

interface RelatedProjectsKey extends ParentKey {
  first: number;
  projection: ProjectProjection;
}

/** Loads of news for one request: by id (federation references, search hits), the list, a country's news, a release's projects. */
export function createNewsLoaders(read: ReadSql, onBatch: (size: number) => void) {
  const ofCountry = loaderByArguments<CountryNewsKey, ConnectionData<NewsArticle>>(
    async (countries, { page, projection, withCount }) => {
      const pages = await readNewsOfCountries(read, { countries, page, projection, withCount });
      return new Map(
        [...pages].map(([country, { rows, totalCount }]) => [country, connectionFrom(rows, page, NEWS_NEWEST_FIRST, totalCount)]),
      );
    },
    () => connectionFrom([], { first: 0, after: null }, NEWS_NEWEST_FIRST, 0),
    onBatch,
  );

  const relatedProjects = loaderByArguments<RelatedProjectsKey, Project[]>(
    (ids, { first, projection }) => readRelatedProjects(read, ids, first, projection),
    () => [],
    onBatch,
  );

  return {
    byId: recordLoader(
      (ids, projection: Projection) => readNewsById(read, ids, projection),
      (row) => row.id,
      onBatch,
    ),

    /** A page of all news passing the filter, newest first: one statement. */
    list: async (filter: NewsFilter | null | undefined, page: PageRequest, { projection, withCount }: ListSelection<Projection>) => {
      const { rows, totalCount } = await readNewsPage(read, { condition: newsCondition(filter), page, projection, withCount });
      return connectionFrom(rows, page, NEWS_NEWEST_FIRST, totalCount);
    },

    /** A page of the news about a country, newest first. */
    ofCountry: (code: string, args: Omit<CountryNewsKey, "parent" | "signature">) =>
      ofCountry.load({ parent: code, ...args, signature: JSON.stringify([args.page, args.projection.key, args.withCount]) }),

    /** The first `first` projects related to the release (see readRelatedProjects). */
    relatedProjects: (id: string, first: number, projection: ProjectProjection) =>
      relatedProjects.load({ parent: id, signature: `${first}|${projection.key}`, first, projection }),
  };
}
