import { COUNTRIES } from "../../src/reference/countries";
import { PROJECT_TYPES } from "../../src/reference/project-types";
import { REGIONS } from "../../src/reference/regions";
import { projectTypeCodeOf, regionCodeOf } from "../../src/reference/vocabulary";

describe("regionCodeOf", () => {
  it.each([
    ["Afrique", "AFR"],
    ["Africa", "AFR"],
    ["África", "AFR"],
    ["Amérique latine et Caraïbes", "LAC"],
    ["América Latina y el Caribe", "LAC"],
    ["Asie et Océanie", "ASO"],
    ["Asia and Oceania", "ASO"],
    ["Moyen-Orient", "MEA"],
    ["Europe", "EUR"],
    ["Europa", "EUR"],
    ["Monde", "GLO"],
    ["Global", "GLO"],
    ["Mundial", "GLO"],
  ])("reads the region %j as %s", (name, code) => {
    expect(regionCodeOf(name)).toBe(code);
  });

  it("reads no region from a country or a sentence", () => {
    expect(regionCodeOf("Colombie")).toBeUndefined();
    expect(regionCodeOf("Ce projet vise l'Afrique")).toBeUndefined();
  });

  it("reads every name and alias of every region as that region", () => {
    const wrong = REGIONS.flatMap((region) =>
      [region.nameFr, region.nameEn, region.nameEs, ...region.aliases].filter((name) => regionCodeOf(name) !== region.code),
    );
    expect(wrong).toEqual([]);
  });
});

describe("projectTypeCodeOf", () => {
  it("reads the project types of the sample pages", () => {
    expect(projectTypeCodeOf("Activités de politique migratoire")).toBe("MIGRATION_POLICY");
    expect(projectTypeCodeOf("Aide au retour à l’intention des migrants et des gouvernements")).toBe("RETURN_ASSISTANCE");
    expect(projectTypeCodeOf("Aide au retour et à la réintégration à l’intention des migrants et des gouvernements")).toBe(
      "RETURN_REINTEGRATION",
    );
    expect(projectTypeCodeOf("Protection et assistance aux migrants vulnérables")).toBe("PROTECTION_ASSISTANCE");
  });

  it("reads types in English and Spanish and with the other apostrophe", () => {
    expect(projectTypeCodeOf("Counter-Trafficking")).toBe("COUNTER_TRAFFICKING");
    expect(projectTypeCodeOf("Gestión de la inmigración y las fronteras")).toBe("IMMIGRATION_BORDER_MANAGEMENT");
    expect(projectTypeCodeOf("Migration de main-d'œuvre")).toBe("LABOUR_MIGRATION");
  });

  it.each([
    ["Migration Research and Publication", "RESEARCH_ASSESSMENT"],
    ["Recherche et publications en matière migratoire", "RESEARCH_ASSESSMENT"],
    ["Investigación y publicaciones sobre migración", "RESEARCH_ASSESSMENT"],
    ["Community and Economic Development", "COMMUNITY_ECONOMIC_DEVELOPMENT"],
    ["Développement communautaire et économique", "COMMUNITY_ECONOMIC_DEVELOPMENT"],
    ["Desarrollo económico y comunitario", "COMMUNITY_ECONOMIC_DEVELOPMENT"],
  ])("reads the type %j as the Fund's project pages name it, as %s", (name, code) => {
    expect(projectTypeCodeOf(name)).toBe(code);
  });

  it("reads no type from a name the reference list lacks", () => {
    expect(projectTypeCodeOf("Transfer of migrant knowledge and resources")).toBeUndefined();
  });

  it("reads every name and alias of every type as that type", () => {
    const wrong = PROJECT_TYPES.flatMap((type) =>
      [type.nameFr, type.nameEn, type.nameEs, ...type.aliases].filter((name) => projectTypeCodeOf(name) !== type.code),
    );
    expect(wrong).toEqual([]);
  });
});

describe("the Fund region of each country", () => {
  const regionOf = (code: string) => COUNTRIES.find((country) => country.code === code)?.regionCode;

  it.each([
    ["CO", "LAC"],
    ["MX", "LAC"],
    ["FJ", "ASO"],
    ["KZ", "ASO"],
    ["AF", "ASO"],
    ["EG", "AFR"],
    ["MA", "AFR"],
    ["SD", "AFR"],
    ["JO", "MEA"],
    ["IR", "MEA"],
    ["PS", "MEA"],
    ["TR", "EUR"],
    ["GE", "EUR"],
    ["AZ", "EUR"],
    ["UA", "EUR"],
    ["RU", "EUR"],
  ])("puts %s in %s", (code, region) => {
    expect(regionOf(code)).toBe(region);
  });

  it("leaves the countries the Fund does not cover without a region", () => {
    expect(regionOf("US")).toBeNull();
    expect(regionOf("CA")).toBeNull();
  });

  it("gives every country its names in the three languages", () => {
    const colombia = COUNTRIES.find((country) => country.code === "CO");
    expect(colombia).toMatchObject({ iso3: "COL", nameFr: "Colombie", nameEn: "Colombia", nameEs: "Colombia" });
    expect(COUNTRIES.filter((country) => !country.nameFr || !country.nameEn || !country.nameEs)).toEqual([]);
  });
});
