import { countries as countryFacts } from "countries-list";
import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import { foldForMatching } from "./normalize";

isoCountries.registerLocale(fr);
isoCountries.registerLocale(en);
isoCountries.registerLocale(es);

export interface CountryDefinition {
  /** ISO 3166-1 alpha-2. */
  code: string;
  iso3: string;
  nameFr: string;
  nameEn: string;
  nameEs: string;
  /** IOM Development Fund region code, or null where the Fund has none (e.g. non-eligible North America). */
  regionCode: string | null;
  /** Every name the country may be written with on an IOM page, in any of the three languages. */
  names: string[];
}

/**
 * The UN/IOM forms that IOM pages use and the country package lacks, by alpha-2 code.
 * Kept here, in the repo, and tested: IOM writes official UN names, the package writes common ones.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BO: [
    "Bolivie (État plurinational de)",
    "Bolivia (Plurinational State of)",
    "Bolivia (Estado Plurinacional de)",
    "État plurinational de Bolivie",
    "Estado Plurinacional de Bolivia",
  ],
  VE: [
    "Venezuela (République bolivarienne du)",
    "Venezuela (Bolivarian Republic of)",
    "Venezuela (República Bolivariana de)",
    "République bolivarienne du Venezuela",
    "República Bolivariana de Venezuela",
  ],
  BY: ["Bélarus", "Belarús"],
  CV: ["Cabo Verde", "Cap Vert"],
  SZ: ["Eswatini", "Swaziland", "Esuatini"],
  LA: [
    "République démocratique populaire lao",
    "Lao People’s Democratic Republic",
    "Lao People's Democratic Republic",
    "República Democrática Popular Lao",
  ],
  MD: ["République de Moldova", "Republic of Moldova", "República de Moldova", "Moldova"],
  TZ: ["République-Unie de Tanzanie", "United Republic of Tanzania", "República Unida de Tanzanía", "Tanzanie"],
  VN: ["Viet Nam"],
  FM: [
    "Micronésie (États fédérés de)",
    "Micronesia (Federated States of)",
    "Federated States of Micronesia",
    "Micronesia (Estados Federados de)",
    "États fédérés de Micronésie",
  ],
  CI: ["Côte d’Ivoire", "Côte d'Ivoire"],
  ET: ["Ethiopie"],
  DO: ["République dominicaine"],
  CD: ["République démocratique du Congo", "Democratic Republic of the Congo", "República Democrática del Congo"],
  CG: ["République du Congo", "Congo"],
  KR: ["République de Corée", "Republic of Korea", "República de Corea"],
  KP: ["République populaire démocratique de Corée", "Democratic People's Republic of Korea"],
  IR: ["Iran (République islamique d’)", "Iran (Islamic Republic of)", "Iran (República Islámica del)"],
  SY: ["République arabe syrienne", "Syrian Arab Republic", "República Árabe Siria"],
  PS: ["État de Palestine", "State of Palestine", "Estado de Palestina"],
  MK: ["Macédoine du Nord", "North Macedonia", "Macedonia del Norte"],
  TR: ["Türkiye", "Turquie", "Turquía"],
  TT: ["Trinidad y Tabago"],
  KZ: ["Kazajstán"],
  GM: ["Gambie", "Gambia", "The Gambia"],
  TL: ["Timor-Leste"],
  KG: ["Kirghizistan", "Kyrgyzstan", "Kirguistán"],
  CZ: ["Tchéquie", "Czechia", "Chequia"],
  ST: ["Sao Tomé-et-Principe", "Sao Tome and Principe", "Santo Tomé y Príncipe"],
  KN: ["Saint-Kitts-et-Nevis", "Saint Kitts and Nevis"],
  VC: ["Saint-Vincent-et-les Grenadines", "Saint Vincent and the Grenadines", "San Vicente y las Granadinas"],
  GB: [
    "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    "United Kingdom of Great Britain and Northern Ireland",
    "Reino Unido de Gran Bretaña e Irlanda del Norte",
  ],
  US: ["États-Unis d’Amérique", "United States of America", "Estados Unidos de América"],
  RU: ["Fédération de Russie", "Russian Federation", "Federación de Rusia"],
  NL: ["Pays-Bas (Royaume des)", "Netherlands (Kingdom of the)", "Países Bajos (Reino de los)"],
  XK: ["Kosovo"],
};

// The Fund's regions follow its own grouping: all of Africa (North Africa included) is Africa,
// Central Asia and the Pacific are Asia and Oceania, the South Caucasus, Türkiye and the Russian
// Federation (which the country package files under Asia) are Europe.
const MIDDLE_EAST = new Set(["BH", "IQ", "IR", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "AE", "YE"]);
const EUROPE_IN_ASIA = new Set(["AM", "AZ", "GE", "TR", "CY", "RU"]);
const NO_FUND_REGION = new Set(["US", "CA", "BM", "GL", "PM", "AQ", "BV", "HM", "TF", "GS", "UM"]);
const REGION_BY_CONTINENT: Record<string, string> = { AF: "AFR", AS: "ASO", OC: "ASO", EU: "EUR", NA: "LAC", SA: "LAC" };

function fundRegionOf(code: string): string | null {
  if (NO_FUND_REGION.has(code)) return null;
  if (MIDDLE_EAST.has(code)) return "MEA";
  if (EUROPE_IN_ASIA.has(code)) return "EUR";
  const continent = (countryFacts as Record<string, { continent: string } | undefined>)[code]?.continent;
  return continent ? (REGION_BY_CONTINENT[continent] ?? null) : null;
}

// A name the aliases give to one country is that country's only: the package also calls the
// Democratic Republic of the Congo "Congo", which for the UN is the Republic of the Congo.
const ALIAS_OWNER = new Map(
  Object.entries(COUNTRY_ALIASES).flatMap(([code, names]) => names.map((name) => [foldForMatching(name), code] as const)),
);

function namesOf(code: string, language: "fr" | "en" | "es"): string[] {
  const names = isoCountries.getNames(language, { select: "all" })[code] ?? [];
  return names.filter((name) => (ALIAS_OWNER.get(foldForMatching(name)) ?? code) === code);
}

function buildCountries(): CountryDefinition[] {
  return Object.keys(isoCountries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const [nameFr = code] = namesOf(code, "fr");
      const [nameEn = code] = namesOf(code, "en");
      const [nameEs = code] = namesOf(code, "es");
      const names = new Set([...namesOf(code, "fr"), ...namesOf(code, "en"), ...namesOf(code, "es"), ...(COUNTRY_ALIASES[code] ?? [])]);
      return {
        code,
        iso3: isoCountries.alpha2ToAlpha3(code) ?? code,
        nameFr,
        nameEn,
        nameEs,
        regionCode: fundRegionOf(code),
        names: [...names],
      };
    });
}

/** Every ISO 3166-1 country, with its names in French, English and Spanish and its Fund region. */
export const COUNTRIES: readonly CountryDefinition[] = buildCountries();
