import { Prisma, type CountryRole, type Language, type Project, type ProjectCountry, type ProjectText } from "@prisma/client";
import {
  addProjectTypes,
  mergeProjectTypes,
  nameAddedTypes,
  PROJECT_TYPES_LOCK_KEY,
  readRecordedTypeNames,
  recordTypeNames,
} from "../db/project-types";
import { addProjectSearchDocuments, refreshProjectSearchDocuments } from "../db/search-documents";
import { foldForMatching } from "../reference/normalize";
import { projectTypeCodeOf } from "../reference/vocabulary";
import type { FileImport } from "./page-import";
import { ProjectTypeDecisions, type ProjectTypeChanges, type StoredProjectType } from "./project-type-decisions";
import { sameMembers } from "./same-members";
import type { ParsedProject } from "./parsed-page";

type Tx = Prisma.TransactionClient;
type StoredProject = Project & {
  texts: ProjectText[];
  countries: ProjectCountry[];
  /** The project type as each stored page names it, by language, where it was kept. */
  typeNames: Map<Language, string>;
};

/** The columns of Project that a page sets, merged with what is stored. */
interface ProjectFields {
  primaId: string | null;
  status: Project["status"];
  projectTypeCode: string | null;
  budgetUsd: string | null;
  coverage: Project["coverage"];
  allocationYear: number | null;
  startYear: number | null;
  endYear: number | null;
  regionCode: string | null;
  sortTitle: string;
}

/** What one project page changes; pages that change nothing have none. */
interface ProjectWrite {
  file: string;
  page: ParsedProject;
  outcome: "created" | "updated";
  fields: ProjectFields;
  /** The page's text in its language, when it differs from the stored one. */
  text: { title: string; description: string | null; projectTypeName: string | null } | null;
  /** The country lists the page gives that differ from the stored ones. */
  countries: Array<{ role: CountryRole; codes: readonly string[] }>;
}

/**
 * What a page changes in a stored project (none when importing it changes nothing): values the page
 * gives replace stored ones, values it lacks are kept (another language's page may have them).
 */
function planProjectWrite(
  file: string,
  page: ParsedProject,
  existing: StoredProject | undefined,
  projectTypeCode: string | null,
): ProjectWrite | null {
  const fields: ProjectFields = {
    primaId: page.primaId ?? existing?.primaId ?? null,
    status: page.status,
    projectTypeCode,
    budgetUsd: page.budgetUsd ?? existing?.budgetUsd?.toFixed(2) ?? null,
    coverage: page.coverage ?? existing?.coverage ?? null,
    allocationYear: page.allocationYear ?? existing?.allocationYear ?? null,
    startYear: page.startYear ?? existing?.startYear ?? null,
    endYear: page.endYear ?? existing?.endYear ?? null,
    regionCode: page.regionCode ?? existing?.regionCode ?? null,
    // The title to order by is the one in the language the project was first imported in.
    sortTitle: !existing || page.language === existing.sourceLanguage ? foldForMatching(page.title) : existing.sortTitle,
  };
  const storedText = existing?.texts.find((candidate) => candidate.language === page.language);
  const storedTypeName = existing?.typeNames.get(page.language) ?? null;
  const storedCodes = (role: CountryRole) =>
    existing?.countries.filter((country) => country.role === role).map((country) => country.memberStateCode) ?? [];
  const countries = (
    [
      { role: "BENEFICIARY", codes: page.beneficiaryCodes },
      { role: "OTHER_BENEFITING", codes: page.otherBenefitingCodes },
    ] as const
  ).flatMap(({ role, codes }) => (codes !== null && !sameMembers(codes, storedCodes(role)) ? [{ role, codes }] : []));

  const fieldsChanged =
    !existing ||
    (Object.keys(fields) as Array<keyof ProjectFields>).some((key) => {
      const stored = key === "budgetUsd" ? (existing.budgetUsd?.toFixed(2) ?? null) : existing[key];
      return stored !== fields[key];
    });
  const textChanged =
    !storedText ||
    storedText.title !== page.title ||
    (page.description !== null && storedText.description !== page.description) ||
    (page.projectTypeName !== null && storedTypeName !== page.projectTypeName);
  if (!fieldsChanged && !textChanged && countries.length === 0) return null;
  return {
    file,
    page,
    outcome: existing ? "updated" : "created",
    fields,
    text: textChanged
      ? {
          title: page.title,
          description: page.description ?? storedText?.description ?? null,
          projectTypeName: page.projectTypeName ?? storedTypeName,
        }
      : null,
    countries,
  };
}

/**
 * Writes a batch of project pages (one page per project code) inside the caller's transaction, with
 * a few set-based statements whatever the number of pages. A page whose Prima ID belongs to another
 * project, or whose type contradicts the known type the project's other pages give, is refused and
 * writes nothing; the others are written.
 */
export async function writeProjectPages(tx: Tx, pages: ReadonlyArray<{ file: string; project: ParsedProject }>): Promise<FileImport[]> {
  if (pages.length === 0) return [];
  let plan = await planProjectPages(tx, pages);
  if (plan.types.changesTypes) {
    // Types are shared by the projects of every lane: batches that change them take turns, each
    // deciding again on what the one before it committed.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PROJECT_TYPES_LOCK_KEY})`;
    plan = await planProjectPages(tx, pages);
  }
  const { results, writes, types } = plan;
  if (writes.length === 0) return results;

  const now = new Date();
  const retyped = await writeProjectTypes(tx, types.changes(), results, now);
  const created = writes.filter((write) => write.outcome === "created");
  const updated = writes.filter((write) => write.outcome === "updated");
  await insertProjects(tx, created, now);
  await updateProjects(tx, updated, now);
  await upsertProjectTexts(
    tx,
    writes.filter((write) => write.text !== null),
  );
  await replaceProjectCountries(tx, writes);
  if (created.length > 0) await addProjectSearchDocuments(tx, codesOf(created));
  const refreshed = new Set([...codesOf(updated), ...retyped]);
  if (refreshed.size > 0) await refreshProjectSearchDocuments(tx, [...refreshed]);
  return results;
}

/**
 * Writes what a batch changes in project types, before the projects that use them; warns of the types
 * added. Returns the codes of the stored projects whose type, or its names, changed: their search
 * documents name it.
 */
async function writeProjectTypes(tx: Tx, changes: ProjectTypeChanges, results: FileImport[], now: Date): Promise<string[]> {
  const added = await addProjectTypes(tx, changes.added);
  for (const type of changes.added) {
    const result = results.find((candidate) => candidate.file === type.file)!;
    if (added.has(type.code)) result.warnings!.push(`project type "${type.name}" is not a known IOM type; added as ${type.code}`);
  }
  await recordTypeNames(tx, changes.names);
  const retyped = await mergeProjectTypes(tx, changes.merges, now);
  return [...retyped, ...(await nameAddedTypes(tx, changes.renamed, now))];
}

/** The results and writes of a batch, and the type changes they need, from what the database holds now. */
async function planProjectPages(
  tx: Tx,
  pages: ReadonlyArray<{ file: string; project: ParsedProject }>,
): Promise<{ results: FileImport[]; writes: ProjectWrite[]; types: ProjectTypeDecisions }> {
  const stored = await readStoredProjects(
    tx,
    pages.map(({ project }) => project.code),
  );
  const primaIdHolders = await readPrimaIdHolders(
    tx,
    pages.flatMap(({ project }) => (project.primaId ? [project.primaId] : [])),
  );
  const unknownNames = pages.flatMap(({ project }) =>
    project.projectTypeName && !projectTypeCodeOf(project.projectTypeName) ? [foldForMatching(project.projectTypeName)] : [],
  );
  const types = new ProjectTypeDecisions(await readRecordedTypeNames(tx, [...new Set(unknownNames)]));

  const results: FileImport[] = [];
  const writes: ProjectWrite[] = [];
  for (const { file, project } of pages) {
    const holder = project.primaId ? primaIdHolders.get(project.primaId) : undefined;
    if (holder && holder !== project.code) {
      results.push({ file, error: `${file}: Prima ID ${project.primaId} already belongs to project ${holder}, not ${project.code}` });
      continue;
    }
    const existing = stored.get(project.code);
    const type = types.decide(file, project, storedTypeOf(existing, project.language));
    if ("refused" in type) {
      results.push({ file, error: `${file}: ${type.refused}` });
      continue;
    }
    const write = planProjectWrite(file, project, existing, type.code);
    if (write?.fields.primaId) primaIdHolders.set(write.fields.primaId, project.code);
    if (write) writes.push(write);
    results.push({
      file,
      kind: "project",
      key: project.code,
      outcome: write?.outcome ?? "unchanged",
      warnings: type.warning ? [type.warning] : [],
    });
  }
  // A page later in the batch may have merged the type an earlier page was given.
  for (const write of writes) {
    if (write.fields.projectTypeCode !== null) write.fields.projectTypeCode = types.current(write.fields.projectTypeCode);
  }
  return { results, writes, types };
}

function storedTypeOf(existing: StoredProject | undefined, language: Language): StoredProjectType {
  return {
    code: existing?.projectTypeCode ?? null,
    sameLanguageName: existing?.typeNames.get(language) ?? null,
    otherLanguages: existing?.texts.filter((text) => text.language !== language).map((text) => text.language) ?? [],
  };
}

async function readStoredProjects(tx: Tx, codes: readonly string[]): Promise<Map<string, StoredProject>> {
  const projects = await tx.project.findMany({ where: { code: { in: [...codes] } }, include: { texts: true, countries: true } });
  return new Map(
    projects.map((project) => {
      const typeNames = new Map(
        project.texts.flatMap((text) => (text.projectTypeName ? [[text.language, text.projectTypeName] as const] : [])),
      );
      return [project.code, { ...project, typeNames }];
    }),
  );
}

/** The code of the project holding each of these Prima IDs, for those held. */
async function readPrimaIdHolders(tx: Tx, primaIds: readonly string[]): Promise<Map<string, string>> {
  if (primaIds.length === 0) return new Map();
  const holders = await tx.project.findMany({ where: { primaId: { in: [...primaIds] } }, select: { code: true, primaId: true } });
  return new Map(holders.map((holder) => [holder.primaId!, holder.code]));
}

/** The merged fields of these writes as a table `i` to select from, one row per project. */
function fieldRows(writes: readonly ProjectWrite[]): Prisma.Sql {
  const column = <T>(value: (fields: ProjectFields, write: ProjectWrite) => T) => writes.map((write) => value(write.fields, write));
  return Prisma.sql`unnest(
      ${column((_, write) => write.page.code)}::text[], ${column((fields) => fields.primaId)}::text[], ${column((fields) => fields.status)}::text[],
      ${column((fields) => fields.projectTypeCode)}::text[], ${column((fields) => fields.budgetUsd)}::numeric[], ${column((fields) => fields.coverage)}::text[],
      ${column((fields) => fields.allocationYear)}::int[], ${column((fields) => fields.startYear)}::int[], ${column((fields) => fields.endYear)}::int[],
      ${column((fields) => fields.regionCode)}::text[], ${column((_, write) => write.page.language)}::text[], ${column((fields) => fields.sortTitle)}::text[])
    AS i(code, prima_id, status, project_type_code, budget_usd, coverage, allocation_year, start_year, end_year, region_code, language, sort_title)`;
}

async function insertProjects(tx: Tx, writes: readonly ProjectWrite[], now: Date): Promise<void> {
  if (writes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Project" ("code", "primaId", "status", "projectTypeCode", "budgetUsd", "coverage", "allocationYear", "startYear", "endYear",
      "regionCode", "sourceLanguage", "sortTitle", "createdAt", "updatedAt")
    SELECT i.code, i.prima_id, i.status::"ProjectStatus", i.project_type_code, i.budget_usd, i.coverage::"Coverage", i.allocation_year, i.start_year,
      i.end_year, i.region_code, i.language::"Language", i.sort_title, ${now}, ${now}
    FROM ${fieldRows(writes)}`;
}

async function updateProjects(tx: Tx, writes: readonly ProjectWrite[], now: Date): Promise<void> {
  if (writes.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Project" p SET "primaId" = i.prima_id, "status" = i.status::"ProjectStatus", "projectTypeCode" = i.project_type_code,
      "budgetUsd" = i.budget_usd, "coverage" = i.coverage::"Coverage", "allocationYear" = i.allocation_year, "startYear" = i.start_year,
      "endYear" = i.end_year, "regionCode" = i.region_code, "sortTitle" = i.sort_title, "updatedAt" = ${now}
    FROM ${fieldRows(writes)}
    WHERE p."code" = i.code`;
}

async function upsertProjectTexts(tx: Tx, writes: readonly ProjectWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ProjectText" ("projectCode", "language", "title", "description", "projectTypeName")
    SELECT t.code, t.language::"Language", t.title, t.description, t.project_type_name
    FROM unnest(${writes.map((write) => write.page.code)}::text[], ${writes.map((write) => write.page.language)}::text[],
      ${writes.map((write) => write.text!.title)}::text[], ${writes.map((write) => write.text!.description)}::text[],
      ${writes.map((write) => write.text!.projectTypeName)}::text[]) AS t(code, language, title, description, project_type_name)
    ON CONFLICT ("projectCode", "language") DO UPDATE
    SET "title" = EXCLUDED."title", "description" = EXCLUDED."description", "projectTypeName" = EXCLUDED."projectTypeName"`;
}

const codesOf = (writes: readonly ProjectWrite[]) => writes.map((write) => write.page.code);

/** Replaces the country lists that changed: the stored list of that role goes (new projects have none), the page's comes. */
async function replaceProjectCountries(tx: Tx, writes: readonly ProjectWrite[]): Promise<void> {
  const lists = writes.flatMap((write) =>
    write.countries.map((list) => ({ code: write.page.code, created: write.outcome === "created", ...list })),
  );
  const replaced = lists.filter((list) => !list.created);
  if (replaced.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "ProjectCountry" c
      USING unnest(${replaced.map((list) => list.code)}::text[], ${replaced.map((list) => list.role)}::text[]) AS d(code, role)
      WHERE c."projectCode" = d.code AND c."role" = d.role::"CountryRole"`;
  }
  const links = lists.flatMap((list) => list.codes.map((memberStateCode) => ({ code: list.code, memberStateCode, role: list.role })));
  if (links.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ProjectCountry" ("projectCode", "memberStateCode", "role")
    SELECT l.code, l.member_state_code, l.role::"CountryRole"
    FROM unnest(${links.map((link) => link.code)}::text[], ${links.map((link) => link.memberStateCode)}::text[], ${links.map((link) => link.role)}::text[])
      AS l(code, member_state_code, role)`;
}
