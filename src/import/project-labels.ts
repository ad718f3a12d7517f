import type { Language } from "@prisma/client";
import { foldForMatching } from "../reference/normalize";

export type ProjectField =
  | "code"
  | "primaId"
  | "status"
  | "projectType"
  | "budget"
  | "coverage"
  | "allocationYear"
  | "startYear"
  | "endYear"
  | "region"
  | "beneficiaries"
  | "otherBenefiting";

interface LabelRule {
  field: ProjectField;
  /** Tested against the folded label (lower case, no accents, punctuation as spaces). */
  pattern: RegExp;
  language: Language | null;
}

// The labels of IOM project pages in French, English and Spanish, with the variants seen in the wild.
// "Budget Amount (USD)", "IDF Region" and "Other Countries Benefiting at Time of Allocation" stay in
// English on every page (the French samples show them so), so they tell no language.
const LABEL_RULES: readonly LabelRule[] = [
  { field: "primaId", pattern: /^prima id$/, language: null },
  {
    field: "code",
    pattern: /^(projet|project|projects|proyecto) id$|^id (du projet|del proyecto)$|^(code du projet|project code|codigo del proyecto)$/,
    language: null,
  },
  { field: "status", pattern: /^statut( du projet)?$/, language: "FR" },
  { field: "status", pattern: /^(project )?status$/, language: "EN" },
  { field: "status", pattern: /^estado( del proyecto)?$/, language: "ES" },
  { field: "projectType", pattern: /^type de projet$/, language: "FR" },
  { field: "projectType", pattern: /^(project )?type$/, language: "EN" },
  { field: "projectType", pattern: /^tipo de proyecto$/, language: "ES" },
  { field: "budget", pattern: /^budget amount usd$|^budget( usd)?$/, language: null },
  { field: "budget", pattern: /^montant du budget( usd)?$/, language: "FR" },
  { field: "budget", pattern: /^(monto del )?presupuesto( usd)?$/, language: "ES" },
  { field: "coverage", pattern: /^couverture( geographique)?$/, language: "FR" },
  { field: "coverage", pattern: /^(geographic(al)? )?coverage$/, language: "EN" },
  { field: "coverage", pattern: /^cobertura( geografica)?$/, language: "ES" },
  { field: "allocationYear", pattern: /^annee( d allocation)?$/, language: "FR" },
  { field: "allocationYear", pattern: /^(allocation )?year( of allocation)?$/, language: "EN" },
  { field: "allocationYear", pattern: /^ano( de asignacion)?$/, language: "ES" },
  { field: "startYear", pattern: /^date de debut$/, language: "FR" },
  { field: "startYear", pattern: /^start (date|year)$/, language: "EN" },
  { field: "startYear", pattern: /^fecha de inicio$/, language: "ES" },
  { field: "endYear", pattern: /^date de fin$/, language: "FR" },
  { field: "endYear", pattern: /^end (date|year)$/, language: "EN" },
  { field: "endYear", pattern: /^fecha de (fin|finalizacion|termino)$/, language: "ES" },
  { field: "region", pattern: /^(idf )?region( idf)?$/, language: null },
  { field: "otherBenefiting", pattern: /^autres pays beneficiaires/, language: "FR" },
  { field: "otherBenefiting", pattern: /^other countries benefiting/, language: null },
  { field: "otherBenefiting", pattern: /^otros paises beneficiarios/, language: "ES" },
  { field: "beneficiaries", pattern: /^etat s membre s|^etats membres/, language: "FR" },
  { field: "beneficiaries", pattern: /^(benefiting |eligible )?member state(s| s)?( |$)/, language: "EN" },
  { field: "beneficiaries", pattern: /^estado s miembro s|^estados miembros/, language: "ES" },
];

export interface LabelMatch {
  field: ProjectField;
  language: Language | null;
}

// Every rule at once, so that the many lines that are no label are passed over with one test.
const ANY_LABEL = new RegExp(LABEL_RULES.map((rule) => `(?:${rule.pattern.source})`).join("|"));
// Labels are short: longer lines are not folded to find out.
const MAX_LABEL_LENGTH = 150;

/** The field a page label names, in any of the three languages, or undefined for text that is no label. */
export function fieldOfLabel(label: string): LabelMatch | undefined {
  if (label.length > MAX_LABEL_LENGTH) return undefined;
  const folded = foldForMatching(label);
  if (!folded || folded.length > 90 || !ANY_LABEL.test(folded)) return undefined;
  const rule = LABEL_RULES.find((candidate) => candidate.pattern.test(folded));
  return rule && { field: rule.field, language: rule.language };
}
