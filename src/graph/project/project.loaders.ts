import type { Prisma, PrismaClient } from "@prisma/client";
import type { ProjectFilter } from "./project.inputs";
import { connectionFrom, type ConnectionData } from "../shared/connection";
import type { PageRequest } from "../shared/page-request";
import { projectCondition } from "./project.conditions";
import { PROJECTS_BY_CODE } from "./project.orderings";
import type { ProjectProjection } from "./project.columns";
import { PROJECT_PARENTS, readProjectPages, readProjectsByCode } from "./project.reads";
import type { ProjectRecord } from "../shared/records";
import { loaderByArguments, type ParentKey } from "../shared/loader-by-arguments";

interface ProjectKey extends ParentKey {
  projection: ProjectProjection;
}

interface ChildProjectsKey extends ParentKey {
  filter: ProjectFilter | null;
  page: PageRequest;
  projection: ProjectProjection;
  withCount: boolean;
}

/** Loads of projects: by code (federation references, search hits) and as pages of a parent's projects. */
export function createProjectLoaders(prisma: PrismaClient, onBatch: (size: number) => void) {
  const byCode = loaderByArguments<ProjectKey, ProjectRecord | null>(
    async (codes, { projection }) => {
      const rows = await readProjectsByCode(prisma, codes, projection);
      return new Map(rows.map((row) => [row.code, row]));
    },
    () => null,
    onBatch,
  );

  /** Pages of the projects of several parents (countries, regions) in one statement. */
  const childProjects = (parentCondition: Prisma.Sql) =>
    loaderByArguments<ChildProjectsKey, ConnectionData<ProjectRecord>>(
      async (parents, { filter, page, projection, withCount }) => {
        const pages = await readProjectPages(prisma, {
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
  const ofCountry = childProjects(PROJECT_PARENTS.beneficiaryState);
  const ofRegion = childProjects(PROJECT_PARENTS.region);

  return {
    project: (code: string, projection: ProjectProjection) => byCode.load({ parent: code, signature: projection.key, projection }),
    /** A page of the projects a country benefits from as an eligible beneficiary member state, by code. */
    projectsOfCountry: (code: string, args: ChildProjectsArgs) => ofCountry.load(childProjectsKey(code, args)),
    /** A page of a region's projects, by code. */
    projectsOfRegion: (code: string, args: ChildProjectsArgs) => ofRegion.load(childProjectsKey(code, args)),
  };
}

type ChildProjectsArgs = Omit<ChildProjectsKey, "parent" | "signature">;

const childProjectsKey = (parent: string, args: ChildProjectsArgs): ChildProjectsKey => ({
  parent,
  ...args,
  signature: JSON.stringify([args.filter, args.page, args.projection.key, args.withCount]),
});
