import type { Coverage, Language, ProjectStatus } from "@prisma/client";

/** Texts by language, as stored for a project ({ FR: "…", EN: "…" }). */
export type LocalizedTexts = Partial<Record<Language, string | null>>;

/**
 * A project as a statement returns it: the key, plus the parts the GraphQL selection asked for
 * (src/queries/project-columns.ts). A part that was not selected is absent, not null.
 */
export interface ProjectRecord {
  code: string;
  primaId?: string | null;
  status?: ProjectStatus;
  /** Exact decimal as text ("400000.00"). */
  budgetUsd?: string | null;
  coverage?: Coverage | null;
  allocationYear?: number | null;
  startYear?: number | null;
  endYear?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
  regionCode?: string | null;
  projectTypeCode?: string | null;
  sortTitle?: string;
  /** Relevance to a text filter, when ordered by it. */
  relevance?: number;
  titles?: LocalizedTexts | null;
  descriptions?: LocalizedTexts | null;
  /** Alpha-2 codes of the eligible beneficiary member states, in code order. */
  beneficiaryCodes?: string[];
  /** Alpha-2 codes of the other countries benefiting, in code order. */
  otherCodes?: string[];
  /** The newest related news, as many as the query asked for at most. */
  relatedNews?: NewsRecord[];
}

/** A news release as a statement returns it: the key and its date, plus the parts the selection asked for. */
export interface NewsRecord {
  id: string;
  publishedAt: Date | null;
  title?: string;
  summary?: string | null;
  body?: string;
  contact?: string | null;
  sourceLanguage?: Language;
  /** Alpha-2 codes of the countries the release is about, in code order. */
  countryCodes?: string[];
}

/** A part of a record that the selection should have fetched; its absence is a bug, said loudly. */
export function fetched<Value>(value: Value | undefined, part: string): Value {
  if (value === undefined) throw new Error(`${part} was not fetched with its record: the selection that loaded it did not include it`);
  return value;
}
