import type { Locale } from "../../generated/graphql";

export const LOCALES: readonly Locale[] = ["FR", "EN", "ES"];

/** The page's own words, in each language the service answers in (French puts a space before a colon). */
export interface Labels {
  heading: string;
  country: string;
  chooseCountry: string;
  region: string;
  beneficiaryStates: string;
  latestNews: string;
  noNews: string;
  more: string;
  loading: string;
  activeProjects(count: number): string;
  failed(reason: string): string;
}

export const LABELS: Record<Locale, Labels> = {
  FR: {
    heading: "Fonds de l’OIM pour le développement",
    country: "Pays bénéficiaire",
    chooseCountry: "Choisir un pays",
    region: "Région :",
    beneficiaryStates: "États bénéficiaires :",
    latestNews: "Dernière actualité :",
    noNews: "aucune",
    more: "Plus de projets",
    loading: "Chargement…",
    activeProjects: (count) => (count <= 1 ? `${count} projet actif` : `${count} projets actifs`),
    failed: (reason) => `Le service n’a pas répondu : ${reason}`,
  },
  EN: {
    heading: "IOM Development Fund",
    country: "Beneficiary country",
    chooseCountry: "Choose a country",
    region: "Region:",
    beneficiaryStates: "Beneficiary states:",
    latestNews: "Latest news:",
    noNews: "none",
    more: "More projects",
    loading: "Loading…",
    activeProjects: (count) => (count === 1 ? "1 active project" : `${count} active projects`),
    failed: (reason) => `The service did not answer: ${reason}`,
  },
  ES: {
    heading: "Fondo de la OIM para el Desarrollo",
    country: "País beneficiario",
    chooseCountry: "Elegir un país",
    region: "Región:",
    beneficiaryStates: "Estados beneficiarios:",
    latestNews: "Última noticia:",
    noNews: "ninguna",
    more: "Más proyectos",
    loading: "Cargando…",
    activeProjects: (count) => (count === 1 ? "1 proyecto activo" : `${count} proyectos activos`),
    failed: (reason) => `El servicio no respondió: ${reason}`,
  },
};
