import { FieldValueError, coverageOf, guessLanguage, parseBudget, parseCoverage, parseYear, statusOf } from "../../src/import/field-values";
import { isPrimaId, isProjectCode } from "../../src/reference/identifiers";

describe("parseBudget", () => {
  it.each([
    ["50000.00", "50000.00"],
    ["64240.00", "64240.00"],
    ["200,000", "200000.00"],
    ["US$ 25,000", "25000.00"],
    ["400000.00", "400000.00"],
    ["400 000", "400000.00"],
    ["1.234.567,89", "1234567.89"],
    ["USD 64,240.00", "64240.00"],
    ["$1,000,000", "1000000.00"],
    ["25 000,5", "25000.50"],
  ])("reads %j as %j US dollars", (text, expected) => {
    expect(parseBudget(text)).toBe(expected);
  });

  it("keeps every digit of amounts too large for a float to hold exactly", () => {
    expect(parseBudget("999,999,999,999.99")).toBe("999999999999.99");
  });

  it.each(["", "TBD", "to be confirmed", "12,34,567", "25,000.123", "1e5", "-25000"])("refuses %j as a budget", (text) => {
    expect(() => parseBudget(text)).toThrow(FieldValueError);
    expect(() => parseBudget(text)).toThrow(`unparseable budget "${text}"`);
  });

  it("refuses budgets over a trillion dollars", () => {
    expect(() => parseBudget("1,000,000,000,000")).toThrow(/too large/);
  });
});

describe("project codes and Prima IDs", () => {
  it.each(["RT.1130", "PO.0201", "L12-805", "TE1-805", " RR.0344 "])("accepts %j as a project code", (code) => {
    expect(isProjectCode(code)).toBe(true);
  });

  it.each(["rt.1130", "RT.113", "R.1130", "AR99P0518", "Colombie", "L12 805"])("rejects %j as a project code", (code) => {
    expect(isProjectCode(code)).toBe(false);
  });

  it.each(["AR99P0518", "EC10P0541", "FJ10P0514"])("accepts %j as a Prima ID", (id) => {
    expect(isPrimaId(id)).toBe(true);
  });

  it.each(["AR98P0518", "AR99P518", "PO.0201", "ar99p0518"])("rejects %j as a Prima ID", (id) => {
    expect(isPrimaId(id)).toBe(false);
  });
});

describe("statusOf", () => {
  it.each([
    ["Actif", "ACTIVE", "FR"],
    ["Achevé", "COMPLETED", "FR"],
    ["Acheve", "COMPLETED", "FR"],
    ["Active", "ACTIVE", "EN"],
    ["Completed", "COMPLETED", "EN"],
    ["Activo", "ACTIVE", "ES"],
    ["Finalizado", "COMPLETED", "ES"],
    ["En ejecución", "ACTIVE", "ES"],
  ])("reads %j as %s, written in %s", (word, status, language) => {
    expect(statusOf(word)).toEqual({ status, language });
  });

  it("does not take a project type or a sentence for a status", () => {
    expect(statusOf("Lutte contre la traite")).toBeUndefined();
    expect(statusOf("The project is active")).toBeUndefined();
  });
});

describe("coverage", () => {
  it.each([
    ["National", "NATIONAL"],
    ["Nacional", "NATIONAL"],
    ["Regional", "REGIONAL"],
    ["Multi-regional", "MULTI_REGIONAL"],
    ["Global", "GLOBAL"],
    ["Mondial", "GLOBAL"],
  ])("reads %j as %s", (word, coverage) => {
    expect(coverageOf(word)).toBe(coverage);
    expect(parseCoverage(word)).toBe(coverage);
  });

  it("names the unknown coverage in its error", () => {
    expect(() => parseCoverage("Continental")).toThrow('unknown coverage "Continental"');
  });
});

describe("parseYear", () => {
  it.each([
    ["2023", 2023],
    ["01/03/2021", 2021],
    ["March 2024", 2024],
    ["1998", 1998],
  ])("reads the year of %j", (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each(["", "n/a", "1975", "20234"])("refuses %j as a year", (text) => {
    expect(() => parseYear(text)).toThrow(FieldValueError);
  });
});

describe("guessLanguage", () => {
  it("reads French text with many 'en' as French", () => {
    expect(guessLanguage("En 2010, l'OIM a mis en place un programme en Colombie.")).toBe("FR");
  });

  it("reads Spanish text with many 'la' as Spanish", () => {
    expect(guessLanguage("La OIM apoya la lucha contra la trata de personas con la Unión Europea.")).toBe("ES");
  });

  it("reads English text as English", () => {
    expect(guessLanguage("New resources for counter-trafficking efforts in Colombia")).toBe("EN");
  });

  it("falls back to French when no word tells", () => {
    expect(guessLanguage("OIM 2010")).toBe("FR");
  });
});
