import { fieldOfLabel } from "../../src/import/project-labels";

describe("fieldOfLabel", () => {
  it.each([
    ["Project Status", "status", "EN"],
    ["Statut du projet", "status", "FR"],
    ["Estado del proyecto", "status", "ES"],
    ["Project Type", "projectType", "EN"],
    ["Type de projet", "projectType", "FR"],
    ["Tipo de proyecto", "projectType", "ES"],
    ["Coverage", "coverage", "EN"],
    ["Couverture", "coverage", "FR"],
    ["Cobertura geográfica", "coverage", "ES"],
    ["Year", "allocationYear", "EN"],
    ["Année", "allocationYear", "FR"],
    ["Año", "allocationYear", "ES"],
    ["Start Date", "startYear", "EN"],
    ["Date de début", "startYear", "FR"],
    ["Fecha de inicio", "startYear", "ES"],
    ["End Date", "endYear", "EN"],
    ["Date de fin", "endYear", "FR"],
    ["Fecha de finalización", "endYear", "ES"],
    ["Member State(s) eligible", "beneficiaries", "EN"],
    ["Benefiting Member States", "beneficiaries", "EN"],
    ["Eligible Member States", "beneficiaries", "EN"],
    ["Etat(s) membre(s) beneficiaires remplissant les conditions requises", "beneficiaries", "FR"],
    ["Estado(s) miembro(s) beneficiario(s) que cumplen los requisitos", "beneficiaries", "ES"],
    ["Autres pays bénéficiaires au moment de l’allocation", "otherBenefiting", "FR"],
    ["Otros países beneficiarios en el momento de la asignación", "otherBenefiting", "ES"],
  ])("reads %j as the %s label of a page in %s", (label, field, language) => {
    expect(fieldOfLabel(label)).toEqual({ field, language });
  });

  it.each([
    ["Project ID", "code"],
    ["Projects ID", "code"],
    ["Projet ID", "code"],
    ["Proyecto ID", "code"],
    ["Prima ID", "primaId"],
    ["Budget Amount (USD)", "budget"],
    ["IDF Region", "region"],
    ["Other Countries Benefiting at Time of Allocation", "otherBenefiting"],
  ])("reads %j as the %s label without taking it as a sign of the page's language", (label, field) => {
    expect(fieldOfLabel(label)).toEqual({ field, language: null });
  });

  it("ignores case, accents and punctuation in labels", () => {
    expect(fieldOfLabel("  PROJET   ID ")).toEqual({ field: "code", language: null });
    expect(fieldOfLabel("Cobertura geografica")).toEqual({ field: "coverage", language: "ES" });
  });

  it("does not take the site navigation or sentences for labels", () => {
    expect(fieldOfLabel("Who we are")).toBeUndefined();
    expect(fieldOfLabel("Qui sommes nous")).toBeUndefined();
    expect(fieldOfLabel("Member statements were issued after the meeting")).toBeUndefined();
    expect(fieldOfLabel("")).toBeUndefined();
  });
});
