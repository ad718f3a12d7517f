import type { Prisma } from "@prisma/client";
import type { ReadSql } from "../../db/sql-reads";
import type { GraphQLResolveInfo } from "graphql";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import { loaderByArguments, recordLoader, type ParentKey } from "../shared/loader-by-arguments";
import type { Ordering } from "../shared/ordering";
import { pageRequest, type PageRequest } from "../shared/page-request";
import { listSelection, type ListSelection } from "../shared/selection";
import { projectProjection, type ProjectProjection } from "./project.columns";
import { projectCondition } from "./project.conditions";
import type { ProjectFilter, ProjectListArgs } from "./project.inputs";
import { PROJECTS_BY_CODE } from "./project.orderings";
import { PROJECT_PARENTS, readProjectPage, readProjectPagesOfParents, readProjectsByCode } from "./project.reads";
import type { Project } from "./project.type";

/** What a parent's list of projects (a country's, a region's) is asked for: filter, page, selection. */
export interface ChildProjectsArgs extends ListSelection<ProjectProjection> {
  filter: ProjectFilter | null;
  page: PageRequest;
}

type ChildProjectsKey = ParentKey & ChildProjectsArgs;

/** The arguments of a parent's `projects` field, checked, with the selection of the connection it returns. */
export function childProjectsArgs({ filter, first, after }: ProjectListArgs, info: GraphQLResolveInfo): ChildProjectsArgs {
  return { filter: filter ?? null, page: pageRequest(PROJECTS_BY_CODE, first, after), ...listSelection(info, projectProjection) };
}

/** Loads of projects for one request: by code (federation references, search hits), the list, and pages of a parent's projects. */
export function createProjectLoaders(read: ReadSql, onBatch: (size: number) => void) {
  /** Pages of the projects of several parents (countries, regions) in one statement. */
  const childProjects = (parentCondition: Prisma.Sql) => {
    const loader = loaderByArguments<ChildProjectsKey, ConnectionData<Project>>(
      async (parents, { filter, page, projection, withCount }) => {
        const pages = await readProjectPagesOfParents(read, {
          parents,
          parentCondition,
          condition: projectCondition(filter),
          ordering: PROJECTS_BY_CODE,
          page,
          projection,
          withCount,
        });
        return new Map(
          [...pages].map(([parent, { rows, totalCount }]) => [parent, connectionFrom(rows, page, PROJECTS_BY_CODE, totalCount)]),
        );
      },
      () => connectionFrom([], { first: 0, after: null }, PROJECTS_BY_CODE, 0),
      onBatch,
    );
    return (parent: string, args: ChildProjectsArgs) =>
      loader.load({ parent, ...args, signature: JSON.stringify([args.filter, args.page, args.projection.key, args.withCount]) });
  };

  return {
    byCode: recordLoader(
      (codes, projection: ProjectProjection) => readProjectsByCode(read, codes, projection),
      (row) => row.code,
      onBatch,
    ),

    /** A page of all projects passing the filter, in the ordering: one statement. */
    list: async (
      filter: ProjectFilter | null | undefined,
      ordering: Ordering<Project>,
      page: PageRequest,
      { projection, withCount }: ListSelection<ProjectProjection>,
    ) => {
      const { rows, totalCount } = await readProjectPage(read, {
        condition: projectCondition(filter),
        ordering,
        page,
        projection,
        withCount,
      });
      return connectionFrom(rows, page, ordering, totalCount);
    },

    /** A page of the projects a country benefits from as an eligible beneficiary member state, by code. */
    ofCountry: childProjects(PROJECT_PARENTS.beneficiaryState),
    /** A page of a region's projects, by code. */
    ofRegion: childProjects(PROJECT_PARENTS.region),
  };
}
