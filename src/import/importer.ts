import type { CountryRole, Prisma, PrismaClient } from "@prisma/client";
import { refreshNewsSearchDocuments, refreshProjectSearchDocuments } from "../db/search-documents";
import { foldForMatching } from "../reference/normalize";
import { projectTypeCodeOf } from "../reference/vocabulary";
import type { ParsedNews, ParsedProject } from "./parsed-page";

export type ImportOutcome = "created" | "updated" | "unchanged";

export interface PageImport {
  kind: "project" | "news";
  /** Project code or news id. */
  key: string;
  outcome: ImportOutcome;
  warnings: string[];
}

/** A page that parsed but cannot be stored as it is (a Prima ID taken by another project, ...). */
export class ImportConflictError extends Error {}

type Tx = Prisma.TransactionClient;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Stores one project page in one transaction, merging with what is stored: values the page gives
 * replace stored ones, values it lacks are kept (another language's page may have them).
 * Importing the same page again writes nothing.
 */
export async function importProject(prisma: PrismaClient, page: ParsedProject): Promise<PageImport> {
  return prisma.$transaction(async (tx) => {
    const warnings: string[] = [];
    const existing = await tx.project.findUnique({ where: { code: page.code }, include: { texts: true, countries: true } });
    if (page.primaId) {
      const holder = await tx.project.findUnique({ where: { primaId: page.primaId }, select: { code: true } });
      if (holder && holder.code !== page.code) {
        throw new ImportConflictError(`Prima ID ${page.primaId} already belongs to project ${holder.code}, not ${page.code}`);
      }
    }
    const projectTypeCode = page.projectTypeName ? await resolveProjectType(tx, page.projectTypeName, warnings) : null;
    const fields = {
      primaId: page.primaId ?? existing?.primaId ?? null,
      status: page.status,
      projectTypeCode: projectTypeCode ?? existing?.projectTypeCode ?? null,
      budgetUsd: page.budgetUsd ?? existing?.budgetUsd?.toFixed(2) ?? null,
      coverage: page.coverage ?? existing?.coverage ?? null,
      allocationYear: page.allocationYear ?? existing?.allocationYear ?? null,
      startYear: page.startYear ?? existing?.startYear ?? null,
      endYear: page.endYear ?? existing?.endYear ?? null,
      regionCode: page.regionCode ?? existing?.regionCode ?? null,
      sortTitle: page.language === (existing?.sourceLanguage ?? page.language) ? foldForMatching(page.title) : existing!.sortTitle,
    };
    const text = existing?.texts.find((candidate) => candidate.language === page.language);
    const storedCodes = (role: CountryRole) =>
      existing?.countries.filter((country) => country.role === role).map((country) => country.memberStateCode) ?? [];
    const countryChanges = (
      [
        ["BENEFICIARY", page.beneficiaryCodes],
        ["OTHER_BENEFITING", page.otherBenefitingCodes],
      ] as const
    ).filter(([role, codes]) => codes !== null && !sameSet(codes, storedCodes(role)));

    const fieldsChanged =
      !existing ||
      (Object.keys(fields) as Array<keyof typeof fields>).some((key) => {
        const stored = key === "budgetUsd" ? existing.budgetUsd?.toFixed(2) ?? null : existing[key];
        return stored !== fields[key];
      });
    const textChanged = !text || text.title !== page.title || (page.description !== null && text.description !== page.description);
    if (!fieldsChanged && !textChanged && countryChanges.length === 0) {
      return { kind: "project", key: page.code, outcome: "unchanged", warnings };
    }

    if (fieldsChanged) {
      await tx.project.upsert({
        where: { code: page.code },
        create: { code: page.code, sourceLanguage: page.language, ...fields },
        update: fields,
      });
    }
    if (textChanged) {
      const description = page.description ?? text?.description ?? null;
      await tx.projectText.upsert({
        where: { projectCode_language: { projectCode: page.code, language: page.language } },
        create: { projectCode: page.code, language: page.language, title: page.title, description },
        update: { title: page.title, description },
      });
    }
    for (const [role, codes] of countryChanges) {
      await tx.projectCountry.deleteMany({ where: { projectCode: page.code, role } });
      await tx.projectCountry.createMany({
        data: codes!.map((memberStateCode) => ({ projectCode: page.code, memberStateCode, role })),
      });
    }
    if (existing && !fieldsChanged) await tx.project.update({ where: { code: page.code }, data: { updatedAt: new Date() } });
    await refreshProjectSearchDocuments(tx, [page.code]);
    return { kind: "project", key: page.code, outcome: existing ? "updated" : "created", warnings };
  });
}

/** A known type by any of its names; an unknown one is added under a code derived from its name, with a warning. */
async function resolveProjectType(tx: Tx, name: string, warnings: string[]): Promise<string> {
  const known = projectTypeCodeOf(name);
  if (known) return known;
  const code = `OTHER_${foldForMatching(name).toUpperCase().replace(/ /g, "_")}`.slice(0, 120);
  const existing = await tx.projectType.findUnique({ where: { code } });
  if (!existing) {
    await tx.projectType.create({ data: { code, nameFr: name, nameEn: name, nameEs: name } });
    warnings.push(`project type "${name}" is not a known IOM type; added as ${code}`);
  }
  return code;
}

/** Stores one news page in one transaction; importing the same page again writes nothing. */
export async function importNews(prisma: PrismaClient, page: ParsedNews): Promise<PageImport> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.newsArticle.findUnique({ where: { id: page.id }, include: { countries: true, projects: true } });
    const fields = {
      title: page.title,
      summary: page.summary,
      body: page.body,
      publishedAt: page.publishedAt ?? existing?.publishedAt ?? null,
      contact: page.contact,
      sourceLanguage: page.language,
    };
    const fieldsChanged =
      !existing ||
      (Object.keys(fields) as Array<keyof typeof fields>).some((key) =>
        key === "publishedAt" ? existing.publishedAt?.getTime() !== fields.publishedAt?.getTime() : existing[key] !== fields[key],
      );
    const countriesChanged = !sameSet(existing?.countries.map((c) => c.memberStateCode) ?? [], page.countryCodes);
    const projectsChanged = !sameSet(existing?.projects.map((p) => p.projectCode) ?? [], page.projectCodes);
    if (!fieldsChanged && !countriesChanged && !projectsChanged) {
      return { kind: "news", key: page.id, outcome: "unchanged", warnings: [] };
    }
    await tx.newsArticle.upsert({ where: { id: page.id }, create: { id: page.id, ...fields }, update: { ...fields, updatedAt: new Date() } });
    if (countriesChanged) {
      await tx.newsCountry.deleteMany({ where: { newsId: page.id } });
      await tx.newsCountry.createMany({ data: page.countryCodes.map((memberStateCode) => ({ newsId: page.id, memberStateCode })) });
    }
    if (projectsChanged) {
      await tx.newsProject.deleteMany({ where: { newsId: page.id } });
      await tx.newsProject.createMany({ data: page.projectCodes.map((projectCode) => ({ newsId: page.id, projectCode })) });
    }
    await refreshNewsSearchDocuments(tx, [page.id]);
    return { kind: "news", key: page.id, outcome: existing ? "updated" : "created", warnings: [] };
  });
}
