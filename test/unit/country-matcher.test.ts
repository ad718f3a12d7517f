import { AFRICA_FR, ASIA_PACIFIC_FR } from "../fixtures/country-lists";
import { COUNTRIES, COUNTRY_ALIASES } from "../../src/reference/countries";
import { CountryMatcher } from "../../src/reference/country-matcher";
import { foldForMatching } from "../../src/reference/normalize";

const matcher = new CountryMatcher();

function codesOf(list: string): string[] {
  const match = matcher.matchList(list);
  if (!match.ok) throw new Error(`"${list}": unknown name "${match.unmatched}"`);
  return match.codes;
}

describe("CountryMatcher.matchList", () => {
  it("splits 'ChiliUruguay' into Chile and Uruguay", () => {
    expect(codesOf("ChiliUruguay")).toEqual(["CL", "UY"]);
  });

  it("splits 'Costa Rica El Salvador' into Costa Rica and El Salvador", () => {
    expect(codesOf("Costa Rica El Salvador")).toEqual(["CR", "SV"]);
  });

  it("keeps multi-word names whole: 'République démocratique du Congo Afrique du Sud'", () => {
    expect(codesOf("République démocratique du Congo Afrique du Sud")).toEqual(["CD", "ZA"]);
  });

  it("tells the Congo from the Democratic Republic of the Congo", () => {
    expect(codesOf("Congo")).toEqual(["CG"]);
    expect(codesOf("Congo République démocratique du Congo")).toEqual(["CG", "CD"]);
    expect(codesOf("Democratic Republic of the Congo")).toEqual(["CD"]);
  });

  it("reads a name in another language than the page: 'Federated States of Micronesia' among French names", () => {
    expect(codesOf("Fidji Federated States of Micronesia Palaos")).toEqual(["FJ", "FM", "PW"]);
  });

  it("keeps the order of the page and lists each country once", () => {
    expect(codesOf("Uruguay Chili Uruguay")).toEqual(["UY", "CL"]);
  });

  it("reads the French names that differ from the English ones", () => {
    expect(codesOf("Maurice")).toEqual(["MU"]);
    expect(codesOf("République dominicaine")).toEqual(["DO"]);
    expect(codesOf("Dominique République dominicaine")).toEqual(["DM", "DO"]);
    expect(codesOf("Guinée Guinée-Bissau Guinée équatoriale Papouasie-Nouvelle-Guinée")).toEqual(["GN", "GW", "GQ", "PG"]);
    expect(codesOf("Soudan Soudan du Sud Niger Nigéria")).toEqual(["SD", "SS", "NE", "NG"]);
  });

  it("ignores accents, dashes and apostrophe styles", () => {
    expect(codesOf("Ethiopie")).toEqual(["ET"]);
    expect(codesOf("Éthiopie")).toEqual(["ET"]);
    expect(codesOf("Côte d'Ivoire")).toEqual(["CI"]);
    expect(codesOf("Côte-d’Ivoire")).toEqual(["CI"]);
    expect(codesOf("COTE D IVOIRE")).toEqual(["CI"]);
  });

  it.each([
    ["Bélarus", "BY"],
    ["Cabo Verde", "CV"],
    ["Eswatini", "SZ"],
    ["République démocratique populaire lao", "LA"],
    ["République de Moldova", "MD"],
    ["République-Unie de Tanzanie", "TZ"],
    ["Viet Nam", "VN"],
    ["Bolivie (État plurinational de)", "BO"],
    ["Venezuela (República Bolivariana de)", "VE"],
    ["Iran (République islamique d’)", "IR"],
    ["République arabe syrienne", "SY"],
    ["Trinidad y Tabago", "TT"],
    ["Kazajstán", "KZ"],
    ["Türkiye", "TR"],
  ])("reads the UN form %j", (name, code) => {
    expect(codesOf(name)).toEqual([code]);
  });

  it("reads the UN forms side by side with only spaces between them", () => {
    expect(
      codesOf(
        "Bélarus Cabo Verde Eswatini République démocratique populaire lao République de Moldova République-Unie de Tanzanie Viet Nam",
      ),
    ).toEqual(["BY", "CV", "SZ", "LA", "MD", "TZ", "VN"]);
  });

  it.each([
    ["Gambia (la)", ["GM"]],
    ["Níger (el)", ["NE"]],
    ["Países Bajos (los)", ["NL"]],
    ["Niger (le)", ["NE"]],
    ["Comores (les)", ["KM"]],
  ])("reads the UN form with a trailing article %j", (name, codes) => {
    expect(codesOf(name)).toEqual(codes);
    expect(matcher.codeOf(name)).toBe(codes[0]);
  });

  it("reads names with a trailing article wherever they stand in a list, run together or spaced", () => {
    expect(codesOf("Gambia (la)Níger (el)")).toEqual(["GM", "NE"]);
    expect(codesOf("Sénégal Niger (le) Mali")).toEqual(["SN", "NE", "ML"]);
    expect(codesOf("Países Bajos (los) Bélgica Comores (les)")).toEqual(["NL", "BE", "KM"]);
    expect(codesOf("Malí y Níger (el)")).toEqual(["ML", "NE"]);
  });

  it("skips the conjunctions that join the last two names", () => {
    expect(codesOf("Chili et Uruguay")).toEqual(["CL", "UY"]);
    expect(codesOf("Chile y Uruguay")).toEqual(["CL", "UY"]);
    expect(codesOf("Chile and Uruguay")).toEqual(["CL", "UY"]);
    expect(codesOf("Trinité-et-Tobago et Barbade")).toEqual(["TT", "BB"]);
  });

  it("splits fifty-three African countries written with single spaces", () => {
    expect(codesOf(AFRICA_FR.list)).toEqual(AFRICA_FR.codes);
  });

  it("splits thirty-seven Asian and Pacific countries written with single spaces", () => {
    expect(codesOf(ASIA_PACIFIC_FR.list)).toEqual(ASIA_PACIFIC_FR.codes);
  });

  it("splits a Spanish list of Latin American and Caribbean countries in UN form", () => {
    const list =
      "Argentina Bolivia (Estado Plurinacional de) Brasil Chile Colombia Costa Rica República Dominicana Ecuador El Salvador " +
      "Guatemala Haití Honduras Jamaica México Nicaragua Panamá Paraguay Perú Trinidad y Tabago Uruguay " +
      "Venezuela (República Bolivariana de) Belice Cuba Granada Guyana Santa Lucía San Vicente y las Granadinas " +
      "Antigua y Barbuda Barbados Dominica Saint Kitts y Nevis Bahamas";
    expect(codesOf(list)).toEqual([
      "AR",
      "BO",
      "BR",
      "CL",
      "CO",
      "CR",
      "DO",
      "EC",
      "SV",
      "GT",
      "HT",
      "HN",
      "JM",
      "MX",
      "NI",
      "PA",
      "PY",
      "PE",
      "TT",
      "UY",
      "VE",
      "BZ",
      "CU",
      "GD",
      "GY",
      "LC",
      "VC",
      "AG",
      "BB",
      "DM",
      "KN",
      "BS",
    ]);
  });

  it("reads a hundred names in well under a second", () => {
    const names = "Kenya Soudan du Sud Papouasie-Nouvelle-Guinée Guinée République démocratique du Congo ";
    const list = names.repeat(20);
    const started = Date.now();
    expect(codesOf(list)).toEqual(["KE", "SS", "PG", "GN", "CD"]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("names the unknown name alone, as the page spells it", () => {
    expect(matcher.matchList("Argentine Colombi Équateur")).toEqual({ ok: false, unmatched: "Colombi" });
    expect(matcher.matchList("Ghana Côte-d’Ivoir Togo")).toEqual({ ok: false, unmatched: "Côte-d’Ivoir" });
    expect(matcher.matchList("ChiliUruguai")).toEqual({ ok: false, unmatched: "Uruguai" });
    expect(matcher.matchList("Chili et Urugay")).toEqual({ ok: false, unmatched: "Urugay" });
    expect(matcher.matchList("République démocratique du Kongo Gabon")).toEqual({
      ok: false,
      unmatched: "République démocratique du Kongo",
    });
  });

  it("keeps the reported name short when a sentence is taken for a list", () => {
    const match = matcher.matchList("Ce projet vise à renforcer les capacités des autorités nationales et locales du pays");
    expect(match).toEqual({ ok: false, unmatched: expect.stringMatching(/^Ce projet vise/) });
    expect((match as { unmatched: string }).unmatched.split(" ").length).toBeLessThanOrEqual(10);
  });

  it("does not take the letters of a Prima ID for a country", () => {
    expect(matcher.matchList("AR99P0518").ok).toBe(false);
  });
});

describe("CountryMatcher.codeOf", () => {
  it("reads a single name in any of the three languages", () => {
    expect(matcher.codeOf("Allemagne")).toBe("DE");
    expect(matcher.codeOf("Germany")).toBe("DE");
    expect(matcher.codeOf("Alemania")).toBe("DE");
    expect(matcher.codeOf("Costa Rica El Salvador")).toBeUndefined();
  });
});

describe("CountryMatcher.findInProse", () => {
  it("finds the countries a news text names, in code order", () => {
    expect(matcher.findInProse("L'OIM en Colombie et au Pérou aide les migrants venus du Venezuela.")).toEqual(["CO", "PE", "VE"]);
  });

  it("does not read 'Soudan du Sud' as Sudan too, nor 'Papouasie-Nouvelle-Guinée' as Guinea", () => {
    expect(matcher.findInProse("Des réfugiés du Soudan du Sud sont arrivés en Ouganda.")).toEqual(["SS", "UG"]);
    expect(matcher.findInProse("L'OIM ouvre un bureau en Papouasie-Nouvelle-Guinée.")).toEqual(["PG"]);
    expect(matcher.findInProse("South Sudan and South Sudan again")).toEqual(["SS"]);
  });

  it("leaves out names that double as first names or common words", () => {
    expect(matcher.findInProse("Maurice Dupont et Dominique Martin ont présenté le rapport.")).toEqual([]);
    expect(matcher.findInProse("Michael Jordan visited Chad Smith in Georgia.")).toEqual([]);
    expect(matcher.findInProse("Lors de la réunion, Mauricio Pérez a présenté le rapport.")).toEqual([]);
    expect(matcher.findInProse("La reunión de Granada reunió a la OIM y a Guadalupe Ruiz.")).toEqual([]);
    expect(matcher.findInProse("A family reunion in New Jersey.")).toEqual([]);
  });

  it("matches whole words only", () => {
    expect(matcher.findInProse("le gouvernement colombien")).toEqual([]);
  });
});

describe("the alias table", () => {
  const countryCodes = new Set(COUNTRIES.map((country) => country.code));

  it("is keyed by codes of the country list", () => {
    expect(Object.keys(COUNTRY_ALIASES).filter((code) => !countryCodes.has(code))).toEqual([]);
  });

  it("resolves every alias to its own country", () => {
    const wrong = Object.entries(COUNTRY_ALIASES).flatMap(([code, names]) =>
      names.filter((name) => matcher.codeOf(name) !== code).map((name) => `${name} -> ${matcher.codeOf(name)} (expected ${code})`),
    );
    expect(wrong).toEqual([]);
  });

  it("reads every alias as one country, never as a list of others", () => {
    const split = Object.entries(COUNTRY_ALIASES).flatMap(([code, names]) =>
      names.filter((name) => {
        const match = matcher.matchList(name);
        return !match.ok || match.codes.join() !== code;
      }),
    );
    expect(split).toEqual([]);
  });

  it("gives no name, once folded, to two countries", () => {
    const codesByName = new Map<string, Set<string>>();
    for (const country of COUNTRIES) {
      for (const name of country.names) {
        const folded = foldForMatching(name);
        codesByName.set(folded, (codesByName.get(folded) ?? new Set()).add(country.code));
      }
    }
    const shared = [...codesByName].filter(([, codes]) => codes.size > 1).map(([name, codes]) => `${name}: ${[...codes].join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("reads every name of every country as that country alone", () => {
    const wrong = COUNTRIES.flatMap((country) =>
      country.names
        .filter((name) => {
          const match = matcher.matchList(name);
          return !match.ok || match.codes.join() !== country.code;
        })
        .map((name) => `${name} (${country.code})`),
    );
    expect(wrong).toEqual([]);
  });
});
