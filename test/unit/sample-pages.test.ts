import fs from "node:fs";
import path from "node:path";
import { parsePage } from "../../src/import/page-parser";
import type { ParsedNews, ParsedProject } from "../../src/import/parsed-page";
import { SAMPLE_PAGES } from "../support/sample-pages";

function parseSample(file: string) {
  return parsePage(file, fs.readFileSync(path.join(SAMPLE_PAGES, file), "utf8"));
}

function parseProjectSample(file: string): ParsedProject {
  const page = parseSample(file);
  if (page.kind !== "project") throw new Error(`${file} parsed as ${page.kind}`);
  return page.project;
}

describe("the five sample pages", () => {
  it("reads every field of PO.0201, including a separator-less list of other countries", () => {
    const { description, ...fields } = parseProjectSample("001_d1ca3eb0415ae2bb.txt");
    expect(fields).toEqual({
      code: "PO.0201",
      primaId: "AR99P0518",
      title: "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
      status: "ACTIVE",
      projectTypeName: "Activités de politique migratoire",
      budgetUsd: "400000.00",
      coverage: "REGIONAL",
      allocationYear: 2022,
      startYear: 2023,
      endYear: 2025,
      regionCode: "LAC",
      beneficiaryCodes: ["AR", "BO", "CO", "EC", "PY", "PE", "GY"],
      otherBenefitingCodes: ["CL", "UY"],
      language: "FR",
    });
    expect(description).toMatch(/^Ces vingt dernières années, les flux migratoires/);
    expect(description).toMatch(/fonctionnaires gouvernementaux \(produit 2\.1\)\.$/);
    expect(description?.split("\n\n")).toHaveLength(3);
  });

  it("reads RT.1130, which has no start year, no allocation year and no Prima ID", () => {
    const { description, ...fields } = parseProjectSample("000_9127298e3ed2fc66.txt");
    expect(fields).toEqual({
      code: "RT.1130",
      primaId: null,
      title:
        "Elaboration de mesures globales prévues pour faire face à la migration dans les zones frontalières du département de La Guajira (Colombie)",
      status: "COMPLETED",
      projectTypeName: "Aide au retour à l’intention des migrants et des gouvernements",
      budgetUsd: "50000.00",
      coverage: "NATIONAL",
      allocationYear: null,
      startYear: null,
      endYear: 2024,
      regionCode: "LAC",
      beneficiaryCodes: ["CO"],
      otherBenefitingCodes: null,
      language: "FR",
    });
    expect(description).toMatch(/^Ce projet vise à faire en sorte que les ressortissants colombiens/);
    expect(description).not.toMatch(/Qui sommes nous|2030 AGENDA/);
  });

  it("reads RR.0344, a national project for Ecuador", () => {
    const { description, title, ...fields } = parseProjectSample("002_6b736d9d60afa914.txt");
    expect(fields).toEqual({
      code: "RR.0344",
      primaId: "EC10P0541",
      status: "ACTIVE",
      projectTypeName: "Aide au retour et à la réintégration à l’intention des migrants et des gouvernements",
      budgetUsd: "300000.00",
      coverage: "NATIONAL",
      allocationYear: 2023,
      startYear: 2023,
      endYear: 2025,
      regionCode: "LAC",
      beneficiaryCodes: ["EC"],
      otherBenefitingCodes: null,
      language: "FR",
    });
    expect(title).toMatch(/^Renforcement des capacités nationales/);
    expect(description?.split("\n\n")).toHaveLength(2);
  });

  it("reads PX.0220 and drops the quotes around its description", () => {
    const { description, ...fields } = parseProjectSample("003_f1304bd47d6398f5.txt");
    expect(fields).toMatchObject({
      code: "PX.0220",
      primaId: "FJ10P0514",
      title: "Protection et aide aux migrants dans le Pacifique",
      status: "ACTIVE",
      projectTypeName: "Protection et assistance aux migrants vulnérables",
      budgetUsd: "400000.00",
      coverage: "REGIONAL",
      allocationYear: 2020,
      startYear: 2021,
      endYear: 2024,
      regionCode: "ASO",
      beneficiaryCodes: ["FJ", "TO", "VU"],
    });
    expect(description).toMatch(/^En 2018, l’affaire des 101 Bangladais/);
    expect(description).toMatch(/400 000 dollars E\.-U$/);
  });

  it("reads the news release: re-flowed paragraphs, clean contact block, Colombia as its country", () => {
    const page = parseSample("004_09d92d631dec1b3d.txt");
    expect(page.kind).toBe("news");
    const news = (page as { news: ParsedNews }).news;
    expect(news.id).toBe("nouvelles-ressources-pour-les-efforts-de-lutte-contre-la-traite-5bcb2c4b28");
    expect(news.title).toBe("Nouvelles ressources pour les efforts de lutte contre la traite");
    expect(news.summary).toBe(
      "Grâce à la signature d'un nouvel accord de coopération, l'OIM continuera d'apporter son soutien au gouvernement colombien dans la lutte contre la traite des personnes.",
    );
    expect(news.body).toMatch(/^Plus de 440 000 dollars de la part de l'OIM/);
    expect(news.body).toContain("mises en œuvre pour lutter contre la traite des personnes.");
    expect(news.body.split("\n\n").filter((paragraph) => paragraph.includes("\n"))).toEqual([]);
    expect(news.contact).toBe(
      "Pour plus d'informations, veuillez contacter:\nJorge Gallo\nOIM Bogota\nTél. +57 1 6397777\nE-mail: jgallo@iom.int",
    );
    expect(news.countryCodes).toEqual(["CO"]);
    expect(news.publishedAt).toBeNull();
    expect(news.language).toBe("FR");
  });
});
