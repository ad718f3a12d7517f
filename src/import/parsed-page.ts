import type { Coverage, Language, ProjectStatus } from "@prisma/client";

/** A project as read from one IOM page, in one language: pure data, nothing resolved against the database. */
export interface ParsedProject {
  code: string;
  primaId: string | null;
  title: string;
  description: string | null;
  status: ProjectStatus;
  projectTypeName: string | null;
  /** Exact decimal string with two decimals ("400000.00"). */
  budgetUsd: string | null;
  coverage: Coverage | null;
  allocationYear: number | null;
  startYear: number | null;
  endYear: number | null;
  regionCode: string | null;
  /** Alpha-2 codes, absent when the page does not list them (an empty list is never written over a stored one). */
  beneficiaryCodes: string[] | null;
  otherBenefitingCodes: string[] | null;
  language: Language;
}

export interface ParsedNews {
  id: string;
  title: string;
  summary: string | null;
  body: string;
  publishedAt: Date | null;
  contact: string | null;
  countryCodes: string[];
  projectCodes: string[];
  language: Language;
}

export type ParsedPage = { kind: "project"; project: ParsedProject } | { kind: "news"; news: ParsedNews };

/** A page that cannot be imported, with where and why, so that whoever feeds the importer can fix it. */
export class PageParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? "" : `:${line}`}: ${problem}`);
  }
}

/** One non-empty line of a page and its 1-based line number in the file. */
export interface PageLine {
  text: string;
  number: number;
}
