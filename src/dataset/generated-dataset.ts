import type { Coverage, PrismaClient, ProjectStatus } from "@prisma/client";
import { refreshNewsSearchDocuments, refreshProjectSearchDocuments } from "../db/search-documents";
import { COUNTRIES } from "../reference/countries";
import { foldForMatching } from "../reference/normalize";
import { PROJECT_TYPES } from "../reference/project-types";

/** A generated project, kept in memory so that tests can compute expected answers without the code under test. */
export interface GeneratedProject {
  code: string;
  title: string;
  status: ProjectStatus;
  regionCode: string;
  projectTypeCode: string;
  coverage: Coverage;
  budgetUsd: string;
  allocationYear: number;
  startYear: number | null;
  endYear: number;
  beneficiaries: string[];
  others: string[];
}

export interface GeneratedNews {
  id: string;
  title: string;
  publishedAt: Date | null;
  countries: string[];
  projectCodes: string[];
}

export interface Dataset {
  projects: GeneratedProject[];
  news: GeneratedNews[];
}

/** mulberry32: a tiny seeded generator, so that the same seed always gives the same dataset. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_WORDS = [
  "renforcement",
  "migration",
  "frontières",
  "retour",
  "traite",
  "capacités",
  "dialogue",
  "santé",
  "main-d’œuvre",
  "climat",
  "données",
  "protection",
];

/** Builds `projectCount` projects and `newsCount` news deterministically from `seed`; Colombia benefits from every fifth project. */
export function generateDataset(projectCount: number, newsCount: number, seed = 42): Dataset {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const eligible = COUNTRIES.filter((country) => country.regionCode && country.regionCode !== "GLO");
  const projects: GeneratedProject[] = [];
  for (let index = 1; index <= projectCount; index += 1) {
    const home = index % 5 === 0 ? eligible.find((country) => country.code === "CO")! : pick(eligible);
    const neighbours = eligible.filter((country) => country.regionCode === home.regionCode && country.code !== home.code);
    const extra = Math.floor(random() * 7);
    const beneficiaries = [...new Set([home.code, ...Array.from({ length: extra }, () => pick(neighbours).code)])];
    const others = random() < 0.3 ? [...new Set([pick(neighbours).code])].filter((code) => !beneficiaries.includes(code)) : [];
    const allocationYear = 2005 + Math.floor(random() * 20);
    const hasStart = random() > 0.1;
    projects.push({
      code: `${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index * 7) % 26))}.${String(index).padStart(4, "0")}`,
      title: `${pick(TITLE_WORDS)} ${pick(TITLE_WORDS)} ${home.nameFr} ${index}`,
      status: allocationYear >= 2022 ? "ACTIVE" : "COMPLETED",
      regionCode: home.regionCode!,
      projectTypeCode: pick(PROJECT_TYPES).code,
      coverage: beneficiaries.length > 1 ? "REGIONAL" : "NATIONAL",
      budgetUsd: `${25_000 + Math.floor(random() * 375_000)}.${String(Math.floor(random() * 100)).padStart(2, "0")}`,
      allocationYear,
      startYear: hasStart ? allocationYear + 1 : null,
      endYear: allocationYear + 2 + Math.floor(random() * 3),
      beneficiaries,
      others,
    });
  }
  const news: GeneratedNews[] = Array.from({ length: newsCount }, (_, index) => {
    const project = projects.length > 0 ? pick(projects) : null;
    return {
      id: `generated-news-${index + 1}`,
      title: `Nouvelles ${pick(TITLE_WORDS)} ${index + 1}`,
      publishedAt:
        random() < 0.8
          ? new Date(Date.UTC(2010 + Math.floor(random() * 15), Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
          : null,
      countries: project ? project.beneficiaries.slice(0, 2) : [],
      projectCodes: project && random() < 0.5 ? [project.code] : [],
    };
  });
  return { projects, news };
}

// Rows a statement inserts: each statement stays well within a server's statement timeout.
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts rows into a table, thousands a statement, sent as one JSON parameter: far quicker than
 * multi-row INSERTs with a parameter a value, most of all on PGlite. `stamped` tables get now() as
 * their creation and update times.
 */
async function insertRows(prisma: PrismaClient, table: string, rows: readonly object[], stamped = false): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((column) => `"${column}"`);
  const stamps = stamped ? [`"createdAt"`, `"updatedAt"`] : [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await prisma.$executeRawUnsafe(
      `INSERT INTO "${table}" (${[...columns, ...stamps].join(", ")})
       SELECT ${[...columns, ...stamps.map(() => "now()")].join(", ")} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)),
    );
  }
}

/** Writes a dataset with a few INSERTs a table. */
export async function insertDataset(prisma: PrismaClient, dataset: Dataset, options: { searchDocuments?: boolean } = {}): Promise<void> {
  const { projects, news } = dataset;
  await insertRows(
    prisma,
    "Project",
    projects.map(({ title, beneficiaries: _b, others: _o, ...project }) => ({
      ...project,
      sourceLanguage: "FR",
      sortTitle: foldForMatching(title),
    })),
    true,
  );
  await insertRows(
    prisma,
    "ProjectText",
    projects.map((project) => ({
      projectCode: project.code,
      language: "FR",
      title: project.title,
      description: `Description de ${project.title}.`,
    })),
  );
  await insertRows(
    prisma,
    "ProjectCountry",
    projects.flatMap((project) => [
      ...project.beneficiaries.map((memberStateCode) => ({ projectCode: project.code, memberStateCode, role: "BENEFICIARY" })),
      ...project.others.map((memberStateCode) => ({ projectCode: project.code, memberStateCode, role: "OTHER_BENEFITING" })),
    ]),
  );
  await insertRows(
    prisma,
    "NewsArticle",
    news.map((article) => ({
      id: article.id,
      title: article.title,
      body: `Texte de ${article.title}.`,
      publishedAt: article.publishedAt,
      sourceLanguage: "FR",
    })),
    true,
  );
  await insertRows(
    prisma,
    "NewsCountry",
    news.flatMap((article) => article.countries.map((memberStateCode) => ({ newsId: article.id, memberStateCode }))),
  );
  await insertRows(
    prisma,
    "NewsProject",
    news.flatMap((article) => article.projectCodes.map((projectCode) => ({ newsId: article.id, projectCode }))),
  );
  if (options.searchDocuments === false) return;
  await refreshProjectSearchDocuments(prisma, null);
  await refreshNewsSearchDocuments(prisma, null);
}
