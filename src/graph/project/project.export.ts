import { Prisma } from "@prisma/client";
import type { ReferenceCache } from "../../db/reference-cache";
import { codeAndName, exportedRows, type CsvColumn, type ListExport } from "../shared/export-batches";
import type { Locale } from "../shared/locale";
import { projectTitle } from "./project-title";
import { projectTypeName } from "./project-type";
import type { ProjectOrder } from "./project-order.input";
import { projectColumns, type ProjectProjection } from "./project.columns";
import { projectCondition } from "./project.conditions";
import { projectOrdering } from "./project.orderings";
import type { Project } from "./project.type";

const EXPORTED_PARTS = [
  "primaId",
  "status",
  "budgetUsd",
  "coverage",
  "allocationYear",
  "startYear",
  "endYear",
  "region",
  "projectType",
  "title",
  "beneficiaryStates",
  "otherBenefitingCountries",
];

const EXPORT_PROJECTION: ProjectProjection = { fields: new Set(EXPORTED_PARTS), key: EXPORTED_PARTS.join(","), relatedNews: null };

type CodeAndName = ReturnType<typeof codeAndName>;

/**
 * An exported project: what the GraphQL selection `code primaId title(locale) status coverage
 * projectType(locale) budgetUsd allocationYear startYear endYear region { code name(locale) }
 * beneficiaryStates { code name(locale) } otherBenefitingCountries { code name(locale) }` answers.
 */
export interface ExportedProject {
  code: string;
  primaId: string | null;
  title: string;
  status: string;
  coverage: string | null;
  projectType: string | null;
  budgetUsd: string | null;
  allocationYear: number | null;
  startYear: number | null;
  endYear: number | null;
  region: CodeAndName | null;
  beneficiaryStates: CodeAndName[];
  otherBenefitingCountries: CodeAndName[];
}

async function exportedProject(project: Project, reference: ReferenceCache, locale: Locale): Promise<ExportedProject> {
  const region = project.regionCode ? reference.region(project.regionCode) : null;
  return {
    code: project.code,
    primaId: project.primaId ?? null,
    title: projectTitle(project, locale),
    status: project.status!,
    coverage: project.coverage ?? null,
    projectType: await projectTypeName(reference, project.projectTypeCode ?? null, locale),
    budgetUsd: project.budgetUsd ?? null,
    allocationYear: project.allocationYear ?? null,
    startYear: project.startYear ?? null,
    endYear: project.endYear ?? null,
    region: region ? codeAndName(region, locale) : null,
    beneficiaryStates: reference.memberStates(project.beneficiaryCodes ?? []).map((state) => codeAndName(state, locale)),
    otherBenefitingCountries: reference.memberStates(project.otherCodes ?? []).map((state) => codeAndName(state, locale)),
  };
}

const codes = (entities: readonly CodeAndName[]) => entities.map((entity) => entity.code);
const names = (entities: readonly CodeAndName[]) => entities.map((entity) => entity.name);

const PROJECT_CSV_COLUMNS: readonly CsvColumn<ExportedProject>[] = [
  { header: "code", cell: (project) => project.code },
  { header: "primaId", cell: (project) => project.primaId },
  { header: "title", cell: (project) => project.title },
  { header: "status", cell: (project) => project.status },
  { header: "coverage", cell: (project) => project.coverage },
  { header: "projectType", cell: (project) => project.projectType },
  { header: "budgetUsd", cell: (project) => project.budgetUsd },
  { header: "allocationYear", cell: (project) => project.allocationYear },
  { header: "startYear", cell: (project) => project.startYear },
  { header: "endYear", cell: (project) => project.endYear },
  { header: "regionCode", cell: (project) => project.region?.code ?? null },
  { header: "regionName", cell: (project) => project.region?.name ?? null },
  { header: "beneficiaryStates", cell: (project) => codes(project.beneficiaryStates) },
  { header: "beneficiaryStateNames", cell: (project) => names(project.beneficiaryStates) },
  { header: "otherBenefitingCountries", cell: (project) => codes(project.otherBenefitingCountries) },
  { header: "otherBenefitingCountryNames", cell: (project) => names(project.otherBenefitingCountries) },
];

/** Projects exported in the order the `projects` list gives them for the same orderBy: by code without one. */
export const PROJECT_EXPORT: ListExport<ExportedProject> = {
  filterType: "ProjectFilter",
  orderType: "ProjectOrder",
  query(filter, orderBy) {
    // Any ordering reads by keyset: it ends on the code, and its sort keys are selected with the rows.
    const ordering = projectOrdering(orderBy as readonly ProjectOrder[] | null, filter);
    const rows = exportedRows<Project>(
      Prisma.sql`"Project" p`,
      projectColumns(EXPORT_PROJECTION, ordering),
      projectCondition(filter),
      ordering,
    );
    return {
      count: rows.count,
      async *batches(read, reference, locale) {
        for await (const batch of rows.batches(read))
          yield await Promise.all(batch.map((project) => exportedProject(project, reference, locale)));
      },
    };
  },
  csvColumns: PROJECT_CSV_COLUMNS,
};
