import { AFRICA_FR, ASIA_PACIFIC_FR } from "../fixtures/country-lists";
import { parsePage } from "../../src/import/page-parser";
import { parseErrorOf, projectOf, readFixture } from "../support/fixture-pages";

describe("the dash layout (site navigation, then '-', label, value)", () => {
  it("reads an English page with every label", () => {
    const { description, ...fields } = projectOf("dash-english.txt");
    expect(fields).toEqual({
      code: "CT.0932",
      primaId: "ZA99P0412",
      title: "Strengthening Counter-Trafficking Responses in East Africa",
      status: "COMPLETED",
      projectTypeName: "Counter-Trafficking",
      budgetUsd: "200000.00",
      coverage: "REGIONAL",
      allocationYear: 2019,
      startYear: 2020,
      endYear: 2022,
      regionCode: "AFR",
      beneficiaryCodes: ["KE", "UG", "TZ"],
      otherBenefitingCodes: ["RW", "BI"],
      language: "EN",
    });
    expect(description?.split("\n\n")).toEqual([
      "The project aims to strengthen the capacity of the governments of Kenya, Uganda and the United Republic of Tanzania to identify and assist victims of trafficking.",
      "It supports a regional referral mechanism and joint training for border officials.",
    ]);
  });

  it("does not take the letters of the Prima ID (ZA99P0412) for a beneficiary country", () => {
    expect(projectOf("dash-english.txt").beneficiaryCodes).not.toContain("ZA");
  });

  it("keeps the English site navigation out of the title and the description", () => {
    const { title, description } = projectOf("dash-english.txt");
    expect(`${title}\n${description}`).not.toMatch(/Who we are|2030 Agenda|Get Involved/);
  });

  it("reads a Spanish page whose first 'Tipo de proyecto' holds the status 'Finalizado'", () => {
    const { description, ...fields } = projectOf("dash-spanish.txt");
    expect(fields).toEqual({
      code: "L12-805",
      primaId: null,
      title: "Fortalecimiento de la gestión de fronteras en la República Dominicana",
      status: "COMPLETED",
      projectTypeName: "Gestión de la inmigración y las fronteras",
      budgetUsd: "25000.00",
      coverage: "NATIONAL",
      allocationYear: 2015,
      startYear: 2016,
      endYear: 2017,
      regionCode: "LAC",
      beneficiaryCodes: ["DO"],
      otherBenefitingCodes: null,
      language: "ES",
    });
    expect(description).toMatch(/^El proyecto tiene como objetivo/);
    expect(description).not.toMatch(/Quiénes somos|Agenda 2030/);
  });

  it("reads a Spanish page with 'Estado del proyecto', region 'África' and a TE1-805 code", () => {
    const { description, ...fields } = projectOf("dash-spanish-africa.txt");
    expect(fields).toEqual({
      code: "TE1-805",
      primaId: "SN99P0203",
      title: "Migración laboral en África Occidental",
      status: "ACTIVE",
      projectTypeName: "Migración laboral",
      budgetUsd: "50000.00",
      coverage: "REGIONAL",
      allocationYear: 2023,
      startYear: null,
      endYear: null,
      regionCode: "AFR",
      beneficiaryCodes: ["CI", "GH", "TG", "BJ", "NG"],
      otherBenefitingCodes: ["SN"],
      language: "ES",
    });
    expect(description).toBe("El proyecto apoya a los ministerios de trabajo en la gestión de la migración laboral.");
  });

  it("reads 'Projects ID', 'Benefiting Member States', 'Year' and labels left without a value", () => {
    const { description, ...fields } = projectOf("dash-english-label-variants.txt");
    expect(fields).toEqual({
      code: "RA.0157",
      primaId: null,
      title: "Global Research on Migration Data Governance",
      status: "ACTIVE",
      projectTypeName: "Research and Assessment",
      budgetUsd: "64240.00",
      coverage: "GLOBAL",
      allocationYear: 2022,
      startYear: null,
      endYear: 2024,
      regionCode: "GLO",
      beneficiaryCodes: ["CR", "SV", "MU", "VN", "SZ"],
      otherBenefitingCodes: null,
      language: "EN",
    });
    expect(description).toBe("The research compares how national statistical offices collect and share migration data.");
  });

  it("reads a last label left empty as empty, not the description's first sentence as its value", () => {
    const { description, ...fields } = projectOf("dash-english-empty-last-value.txt");
    expect(fields).toMatchObject({ code: "ID.0101", coverage: "GLOBAL", regionCode: "GLO", beneficiaryCodes: null });
    expect(description?.split("\n\n")).toEqual([
      "The project brings governments together to share practices on migration governance.",
      "It ends with a global conference.",
    ]);
  });

  it("reads English country names on a French page", () => {
    const project = projectOf("dash-french-names-in-english.txt");
    expect(project).toMatchObject({
      code: "PX.0311",
      primaId: "FJ99P0601",
      regionCode: "ASO",
      budgetUsd: "200000.00",
      beneficiaryCodes: ["FM", "MH", "PW", "KI"],
      language: "FR",
    });
  });

  it("reads a global project (region 'Monde', coverage 'Global') benefiting ninety-five countries listed with spaces only", () => {
    const project = projectOf("dash-french-global.txt");
    expect(project).toMatchObject({
      code: "MP.0101",
      status: "COMPLETED",
      budgetUsd: "400000.00",
      coverage: "GLOBAL",
      regionCode: "GLO",
      allocationYear: 2018,
      startYear: 2019,
      endYear: 2021,
      language: "FR",
    });
    expect(project.beneficiaryCodes).toEqual([...AFRICA_FR.codes, ...ASIA_PACIFIC_FR.codes, "BY", "MD", "CR", "SV", "DO"]);
  });

  it("reads a French page as French though 'Other Countries Benefiting at Time of Allocation' is in English", () => {
    expect(projectOf("dash-french-few-labels.txt")).toMatchObject({
      code: "PO.0202",
      status: "ACTIVE",
      otherBenefitingCodes: ["CL", "UY"],
      budgetUsd: "150000.00",
      regionCode: "LAC",
      language: "FR",
    });
  });

  it("reads the same page with Windows line endings and blank lines between the blocks", () => {
    const text = readFixture("dash-english.txt");
    expect(parsePage("crlf.txt", text.replace(/\n/g, "\r\n"))).toEqual(parsePage("lf.txt", text));
    expect(parsePage("blank.txt", text.replace(/\n-\n/g, "\n\n-\n\n"))).toEqual(parsePage("lf.txt", text));
  });
});

describe("the bulleted layout ('  • Label', value indented below, no navigation)", () => {
  it("reads an English page, with a date as start year and an empty end date", () => {
    const { description, ...fields } = projectOf("bullet-english.txt");
    expect(fields).toEqual({
      code: "VN.0412",
      primaId: "VN10P0611",
      title: "Migration Health Assessment Capacity in Viet Nam",
      status: "ACTIVE",
      projectTypeName: "Migration Health",
      budgetUsd: "64240.00",
      coverage: "NATIONAL",
      allocationYear: 2021,
      startYear: 2022,
      endYear: null,
      regionCode: "ASO",
      beneficiaryCodes: ["VN"],
      otherBenefitingCodes: null,
      language: "EN",
    });
    expect(description?.split("\n\n")).toEqual([
      "The project supports the Ministry of Health in carrying out health assessments of migrants.",
      "It also trains health staff at the main border crossings.",
    ]);
  });

  it("reads a Spanish page with a country list over two lines and region 'África'", () => {
    const { description, ...fields } = projectOf("bullet-spanish.txt");
    expect(fields).toEqual({
      code: "SA.0719",
      primaId: null,
      title: "Diálogo regional sobre migración en África Austral",
      status: "COMPLETED",
      projectTypeName: "Fortalecimiento del diálogo y la cooperación intergubernamentales",
      budgetUsd: "25000.00",
      coverage: "REGIONAL",
      allocationYear: 2018,
      startYear: null,
      endYear: null,
      regionCode: "AFR",
      beneficiaryCodes: ["ZA", "LS", "SZ", "BW"],
      otherBenefitingCodes: null,
      language: "ES",
    });
    expect(description).toBe("El proyecto apoyó el diálogo entre los gobiernos de la región sobre la migración laboral.");
  });

  it("lets the status word 'Actif' decide the language when the labels are half English, half French", () => {
    expect(projectOf("bullet-french-tie.txt")).toMatchObject({
      code: "RR.0410",
      status: "ACTIVE",
      beneficiaryCodes: ["HT"],
      language: "FR",
    });
  });

  it("keeps the value of an unknown bullet ('• Donante') out of the description", () => {
    expect(projectOf("bullet-spanish.txt").description).not.toContain("Gobierno de Sudáfrica");
  });
});

describe("the older Development Fund layout (no labels, values in a fixed order)", () => {
  it("reads a French page: title twice, region, code, Prima ID, budget, one country per line, type, coverage, status", () => {
    const { description, ...fields } = projectOf("legacy-french.txt");
    expect(fields).toEqual({
      code: "LM.0512",
      primaId: "CI99P0203",
      title: "Renforcement de la gestion des migrations de main-d’œuvre en Afrique de l’Ouest",
      status: "COMPLETED",
      projectTypeName: "Migration de main-d’œuvre",
      budgetUsd: "25000.00",
      coverage: "REGIONAL",
      allocationYear: null,
      startYear: null,
      endYear: null,
      regionCode: "AFR",
      beneficiaryCodes: ["SN", "ML", "MR"],
      otherBenefitingCodes: null,
      language: "FR",
    });
    expect(description?.split("\n\n")).toEqual([
      "Ce projet a pour objectif de renforcer les capacités des ministères du travail de la région.",
      "Il finance aussi une étude sur les flux de travailleurs saisonniers.",
    ]);
  });

  it("reads a page without a Prima ID, with a 'US$ 25,000' budget and 'Maurice' as Mauritius", () => {
    const { description, ...fields } = projectOf("legacy-without-prima-id.txt");
    expect(fields).toEqual({
      code: "CT.0610",
      primaId: null,
      title: "Appui à la lutte contre la traite à Maurice",
      status: "ACTIVE",
      projectTypeName: "Lutte contre la traite",
      budgetUsd: "25000.00",
      coverage: "NATIONAL",
      allocationYear: null,
      startYear: null,
      endYear: null,
      regionCode: "AFR",
      beneficiaryCodes: ["MU"],
      otherBenefitingCodes: null,
      language: "FR",
    });
    expect(description).toBe("Le projet appuie la police mauricienne dans l’identification des victimes de la traite.");
  });

  it("reads a global English page: region 'Global', coverage 'Global', French country names", () => {
    const { description, ...fields } = projectOf("legacy-global.txt");
    expect(fields).toEqual({
      code: "MD.0107",
      primaId: "CH99P0107",
      title: "Global Study on Migrant Remittances",
      status: "COMPLETED",
      projectTypeName: "Migration and Development",
      budgetUsd: "200000.00",
      coverage: "GLOBAL",
      allocationYear: null,
      startYear: null,
      endYear: null,
      regionCode: "GLO",
      beneficiaryCodes: ["DO", "ET", "CI", "CD"],
      otherBenefitingCodes: null,
      language: "EN",
    });
    expect(description).toBe("The study measured the cost of sending remittances in four corridors.");
  });

  it("reads an English page with region 'Africa'", () => {
    expect(projectOf("legacy-english-africa.txt")).toMatchObject({
      code: "IB.0301",
      primaId: "SL10P0402",
      budgetUsd: "50000.00",
      regionCode: "AFR",
      beneficiaryCodes: ["SL"],
      projectTypeName: "Immigration and Border Management",
      coverage: "NATIONAL",
      status: "ACTIVE",
      language: "EN",
    });
  });
});

describe("pages that cannot be imported", () => {
  it("refuses a page with no project code, naming the line its fields start on", () => {
    const error = parseErrorOf("dash-no-project-code.txt");
    expect(error.file).toBe("dash-no-project-code.txt");
    expect(error.line).toBe(32);
    expect(error.problem).toMatch(/^no project code among the fields from this line on/);
  });

  it("refuses a page of the older layout without its code instead of storing it as news, naming its fields' lines", () => {
    const withoutCode = readFixture("legacy-french.txt").replace("LM.0512\n", "");
    const error = parseErrorOf("legacy-without-code.txt", withoutCode);
    expect(error.line).toBe(3);
    expect(error.problem).toBe(
      "page has the fields of a project page (region on line 3, Prima ID on line 4, countries on line 6, project type on line 9, " +
        "coverage on line 10, status on line 11) but no project code where the importer reads it " +
        "(a Project ID / Projet ID / Proyecto ID field, or the line under the region in the older layout): refused rather than stored as news",
    );
  });

  it.each([
    ["legacy-english-without-code.txt", 2, "project type on line 2, countries on line 3"],
    ["legacy-french-without-code.txt", 3, "countries on line 3, project type on line 5"],
  ])("refuses %s, a page of the older layout with no more than a type and countries, naming the missing code", (file, line, evidence) => {
    const error = parseErrorOf(file);
    expect(error.message).toBe(
      `${file}:${line}: page has the fields of a project page (${evidence}) but no project code where the importer reads it ` +
        "(a Project ID / Projet ID / Proyecto ID field, or the line under the region in the older layout): refused rather than stored as news",
    );
  });

  it("reads as news a release that names a type and a country further down, or tags them at its end", () => {
    const pages = [
      "IOM Trains Health Workers in Ghana\nAccra – IOM trained 40 health workers this week.\nMigration Health\nGhana",
      "IOM Trains Health Workers\nGhana\nAccra – IOM trained 40 health workers this week.\nMigration Health",
    ];
    for (const text of pages) expect(parsePage("news.txt", text).kind).toBe("news");
  });

  it("refuses a page of 'Label: value' lines without a code, and still reads news that name a country or a status", () => {
    const labelled =
      "Assistance to Stranded Migrants\nProject Type: Protection and Assistance to Vulnerable Migrants\nStatus: Active\nNiger\nThe project assists stranded migrants.";
    const error = parseErrorOf("labelled.txt", labelled);
    expect([error.line, error.problem]).toEqual([
      2,
      expect.stringMatching(
        /^page has the fields of a project page \(label "Project Type" on line 2, label "Status" on line 3, countries on line 4\) but no project code/,
      ),
    ]);
    const news = parsePage(
      "news.txt",
      "IOM Helps Stranded Migrants\nNiger\nActive\nIOM helped 300 migrants stranded in Agadez to return home this week.",
    );
    expect(news.kind).toBe("news");
  });

  it("refuses a malformed project code, naming its line", () => {
    const error = parseErrorOf("dash-invalid-project-code.txt");
    expect([error.line, error.problem]).toEqual([36, 'invalid project code "IB 0207" (expected a code such as RT.1130 or L12-805)']);
  });

  it("names the file, the line and the unknown country of a dash page", () => {
    const error = parseErrorOf("dash-unknown-country.txt");
    expect(error.message).toBe(
      'dash-unknown-country.txt:39: unknown country name "Colombi" in beneficiary member states "Argentine Bolivie (État plurinational de) Colombi Équateur"',
    );
  });

  it("names the line of the unknown country in a list of one country per line", () => {
    const error = parseErrorOf("legacy-unknown-country.txt");
    expect([error.line, error.problem]).toEqual([7, 'unknown country name "Gambi" in beneficiary member states "Sénégal Gambi Mali"']);
  });

  it("names the line of the unknown country in a bulleted list over two lines", () => {
    const error = parseErrorOf("bullet-unknown-country.txt");
    expect(error.line).toBe(8);
    expect(error.problem).toMatch(/^unknown country name "Botswanna"/);
  });

  it("refuses an unparseable budget, naming the file and the line", () => {
    expect(parseErrorOf("dash-unparseable-budget.txt").message).toBe(
      'dash-unparseable-budget.txt:36: unparseable budget "to be confirmed" (expected an amount such as 400000.00, 200,000 or US$ 25,000)',
    );
    const legacy = parseErrorOf("legacy-unparseable-budget.txt");
    expect([legacy.line, legacy.problem]).toEqual([5, expect.stringMatching(/^unparseable budget "25 milliers"/)]);
  });

  it.each([
    ["ZA99P0412", "ZA99-0412", 60, 'invalid Prima ID "ZA99-0412" (expected a code such as AR99P0518)'],
    ["\nAfrica\n", "\nAfrique de l'Est\n", 54, 'unknown IDF region "Afrique de l\'Est"'],
    ["\nRegional\n", "\nContinental\n", 48, 'unknown coverage "Continental" (expected National, Regional, Multi-regional or Global)'],
    ["\n2019\n", "\nn/a\n", 51, 'unparseable year "n/a" (expected a year between 1980 and 2100)'],
  ])("refuses the value %j written %j, naming line %d", (written, wrong, line, problem) => {
    const error = parseErrorOf("dash-english.txt", readFixture("dash-english.txt").replace(written, wrong));
    expect([error.line, error.problem]).toEqual([line, problem]);
  });

  it("refuses a title over 500 characters", () => {
    const long = "Strengthening Counter-Trafficking Responses ".repeat(12);
    const error = parseErrorOf(
      "dash-english.txt",
      readFixture("dash-english.txt").replace("Strengthening Counter-Trafficking Responses in East Africa", long),
    );
    expect(error.line).toBe(30);
    expect(error.problem).toMatch(/^title is 527 characters long/);
  });

  it("refuses a dash page whose title is missing instead of taking the last menu item for it", () => {
    const error = parseErrorOf("dash-missing-title.txt");
    expect([error.line, error.problem]).toEqual([30, "missing title"]);
  });

  it("refuses a bulleted page whose title is missing instead of taking the description for it", () => {
    const error = parseErrorOf("bullet-missing-title.txt");
    expect([error.line, error.problem]).toEqual([1, "missing title"]);
  });

  it("refuses an older-layout page whose title is missing instead of reading it as news", () => {
    const error = parseErrorOf("legacy-missing-title.txt");
    expect([error.line, error.problem]).toEqual([1, "missing title"]);
  });
});
