import { parsePage } from "../../src/import/page-parser";
import { newsOf, parseErrorOf, readFixture } from "../support/fixture-pages";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** A news page of a title and text lines, with no site navigation. */
const newsPage = (...lines: string[]) => newsOf("page.txt", lines.join("\n"));

describe("news pages", () => {
  it("re-flows hard-wrapped lines into paragraphs and reads the dateline 'Genève, 12 mars 2010'", () => {
    const news = newsOf("news-french-dateline.txt");
    expect(news).toMatchObject({
      id: expect.stringMatching(/^l-oim-lance-un-programme-d-aide-au-retour-en-colombie-2010-03-12-[0-9a-f]{10}$/),
      title: "L'OIM lance un programme d'aide au retour en Colombie",
      summary: "L'OIM et le Gouvernement colombien ont signé un accord pour aider les migrants colombiens de retour au pays.",
      publishedAt: new Date(Date.UTC(2010, 2, 12)),
      language: "FR",
    });
    expect(news.body.split("\n\n")).toEqual([
      "Le projet RT.1130, financé par le Fonds de l'OIM pour le développement, sera mis en œuvre dans le département de La Guajira. Il complète le projet L12-805 lancé en 2009.",
      "Les autorités locales & les organisations de la société civile participeront aux activités.",
    ]);
  });

  it("removes HTML remnants from the text and the contact block", () => {
    const news = newsOf("news-french-dateline.txt");
    expect(`${news.body}\n${news.contact}`).not.toMatch(/&amp;|&nbsp;|mailto|">/);
    expect(news.contact).toBe("Pour plus d'informations, veuillez contacter:\nJorge Gallo\nOIM Bogota\nE-mail: jgallo@iom.int");
  });

  it("collects the project codes the text names, in both forms (RT.1130 and L12-805)", () => {
    expect(newsOf("news-french-dateline.txt").projectCodes).toEqual(["L12-805", "RT.1130"]);
    expect(newsOf("news-english.txt").projectCodes).toEqual(["CT.0932", "TE1-805"]);
    expect(newsOf("news-spanish.txt").projectCodes).toEqual(["L12-805"]);
  });

  it("does not take other dashed references for project codes", () => {
    const text = "IOM Certified to ISO-9001\nThe office applies resolution UNSCR-1244 and the COVID-19 guidance.";
    const page = parsePage("iso.txt", text);
    expect(page.kind === "news" && page.news.projectCodes).toEqual([]);
  });

  it("reads an English news release as English, with its dateline, contact and countries", () => {
    const news = newsOf("news-english.txt");
    expect(news).toEqual({
      id: expect.stringMatching(/^iom-and-kenya-launch-counter-trafficking-campaign-2011-05-05-[0-9a-f]{10}$/),
      title: "IOM and Kenya Launch Counter-Trafficking Campaign",
      summary: "IOM and the Government of Kenya have launched a national campaign against human trafficking.",
      body:
        "The campaign is part of project CT.0932 and builds on the earlier regional project TE1-805, which trained border " +
        "officials in Kenya, Uganda and the United Republic of Tanzania.",
      publishedAt: new Date(Date.UTC(2011, 4, 5)),
      contact: "For more information, please contact:\nJane Doe\nIOM Nairobi",
      countryCodes: ["KE", "TZ", "UG"],
      projectCodes: ["CT.0932", "TE1-805"],
      language: "EN",
    });
  });

  it("reads a Spanish news release as Spanish, with the dateline 'Ginebra, 3 de junio de 2012'", () => {
    const news = newsOf("news-spanish.txt");
    expect(news).toMatchObject({
      title: "La OIM apoya la lucha contra la trata en la República Dominicana",
      summary: "La OIM y el Gobierno de la República Dominicana firmaron un acuerdo para fortalecer la prevención de la trata de personas.",
      body: "El proyecto L12-805 capacitará a los funcionarios de migración en las fronteras con Haití.",
      publishedAt: new Date(Date.UTC(2012, 5, 3)),
      contact: "Para más información, por favor contacte a:\nAna Pérez\nOIM Santo Domingo",
      countryCodes: ["DO", "HT"],
      language: "ES",
    });
  });

  it("reads the dateline 'Juba, 1er juin 2011' and keeps it out of the body", () => {
    const news = newsOf("news-french-first-of-month.txt");
    expect(news.publishedAt).toEqual(new Date(Date.UTC(2011, 5, 1)));
    expect(news.body).toBe("L'OIM a signé un accord avec le Gouvernement du Soudan du Sud pour la gestion des frontières.");
    expect(news.countryCodes).toEqual(["SS"]);
  });

  it("closes a paragraph on a line ending in a quoted sentence, and reads an ISO dateline", () => {
    const news = newsOf("news-english-quotes.txt");
    expect(news.summary).toBe('"We are pleased with the agreement," said the Chief of Mission. "It is a milestone for migrant workers."');
    expect(news.body).toBe("The agreement covers seasonal workers from Guatemala and Honduras.");
    expect(news.publishedAt).toEqual(new Date(Date.UTC(2011, 8, 30)));
  });

  it("starts the contact block at 'For further information' and 'Pour de plus amples informations'", () => {
    expect(newsOf("news-english-quotes.txt").contact).toBe("For further information, please contact:\nJohn Smith\nIOM Mexico City");
    const french = readFixture("news-french-dateline.txt").replace("Pour plus d'informations", "Pour de plus amples informations");
    const news = newsOf("news-amples.txt", french);
    expect(news.contact).toMatch(/^Pour de plus amples informations, veuillez contacter:\nJorge Gallo/);
    expect(news.body).not.toContain("Jorge Gallo");
  });

  it("leaves the date empty when the line after the title is no dateline", () => {
    expect(newsOf("news-html-remnants.txt").publishedAt).toBeNull();
  });

  it("does not read a day the month lacks ('31 février 2010') as a date", () => {
    const text = readFixture("news-french-first-of-month.txt").replace("Juba, 1er juin 2011", "Juba, 31 février 2010");
    expect(newsOf("news-31-fevrier.txt", text).publishedAt).toBeNull();
    const iso = readFixture("news-english-quotes.txt").replace("2011-09-30", "2011-13-01");
    expect(newsOf("news-month-13.txt", iso).publishedAt).toBeNull();
  });

  it("keeps the text of links and bold words when removing their tags", () => {
    const news = newsOf("news-html-remnants.txt");
    expect(news.title).toBe("Migrants stranded in Libya return home");
    expect(news.summary).toBe("More than 300 migrants stranded in Libya returned home to Niger and Mali this week with IOM's help.");
    expect(news.body).toBe("They received a reintegration grant & medical checks on arrival.");
    expect(news.countryCodes).toEqual(["LY", "ML", "NE"]);
    expect(news.language).toBe("EN");
  });

  it("refuses a page with nothing after the site navigation", () => {
    const navigationOnly = readFixture("news-english.txt").split("\n").slice(0, 29).join("\n");
    expect(navigationOnly).toMatch(/- 2030 Agenda$/);
    expect(parseErrorOf("menu.txt", navigationOnly).problem).toBe("no content after the site navigation");
  });

  it("refuses a news page with a title and no text, naming the title's line", () => {
    const error = parseErrorOf("title-only.txt", "\n\nIOM Opens an Office in Juba\n");
    expect([error.line, error.problem]).toEqual([3, "news page has a title but no text"]);
  });

  it("refuses a first line too long to be a title", () => {
    const error = parseErrorOf("long.txt", `${"word ".repeat(80)}\nSome text.`);
    expect(error.line).toBe(1);
    expect(error.problem).toMatch(/^news title is 399 characters long/);
  });
});

describe("news datelines", () => {
  it.each([
    ["Genève, le 13 juillet 2021 – L'OIM et les autorités annoncent de nouvelles activités.", utc(2021, 7, 13)],
    ["Dakar, 3 March 2022 – IOM and the authorities announce new activities.", utc(2022, 3, 3)],
    ["Lima, 2 de mayo de 2018 – La OIM y las autoridades anuncian nuevas actividades.", utc(2018, 5, 2)],
    ["13 juillet 2021 - L'OIM et les autorités annoncent de nouvelles activités.", utc(2021, 7, 13)],
    ["Le 1er juin 2011 — L'OIM a signé un accord.", utc(2011, 6, 1)],
    ["Port-au-Prince, Haïti, 12 janvier 2011 – L'OIM aide les familles.", utc(2011, 1, 12)],
    ["Geneva, March 3, 2022 – IOM welcomes the agreement.", utc(2022, 3, 3)],
    ["Genève, le 3 juin 2007 – L'OIM salue l'accord.", utc(2007, 6, 3)],
    ["Dakar, 1st March 2022 – IOM and the authorities announce new activities.", utc(2022, 3, 1)],
    ["Dakar, 2nd March 2022 – IOM and the authorities announce new activities.", utc(2022, 3, 2)],
    ["Dakar, 3rd March 2022 – IOM and the authorities announce new activities.", utc(2022, 3, 3)],
    ["5 November 2019, Geneva – IOM welcomes the agreement.", utc(2019, 11, 5)],
    ["5 November 2019, Geneva, Switzerland – IOM welcomes the agreement.", utc(2019, 11, 5)],
    ["27 mars 2019, Genève – L'OIM salue l'accord.", utc(2019, 3, 27)],
    ["1er avril 2019, Dakar - L'OIM salue l'accord.", utc(2019, 4, 1)],
    ["2 de mayo de 2018, Lima – La OIM y las autoridades anuncian nuevas actividades.", utc(2018, 5, 2)],
  ])("reads the date of the dateline opening the first paragraph: %j", (opening, date) => {
    const news = newsPage("Title of the release", opening, "A second paragraph of the release.");
    expect(news.publishedAt).toEqual(date);
    // The dateline is part of the release's text and stays in it.
    expect(news.summary).toBe(opening);
  });

  it("reads the dateline of a first paragraph wrapped across lines", () => {
    const news = newsPage(
      "Lancement d'un programme",
      "Genève, le 13 juillet 2021 – L'OIM et les autorités",
      "nationales annoncent de nouvelles activités.",
    );
    expect(news.publishedAt).toEqual(utc(2021, 7, 13));
    expect(news.body).toBe("Genève, le 13 juillet 2021 – L'OIM et les autorités nationales annoncent de nouvelles activités.");
  });

  it.each([
    ["12 June, 2017", utc(2017, 6, 12)],
    ["Genève, 12 mars 2010", utc(2010, 3, 12)],
    ["2 de mayo de 2018", utc(2018, 5, 2)],
    ["2011-09-30", utc(2011, 9, 30)],
    ["27 mars 2019, Genève", utc(2019, 3, 27)],
    ["5 November 2019, Geneva", utc(2019, 11, 5)],
    ["27th March 2019", utc(2019, 3, 27)],
  ])("reads a date standing on its own line under the title: %j, and keeps it out of the text", (line, date) => {
    const news = newsPage("IOM Opens an Office", line, "IOM opened an office this week.");
    expect(news.publishedAt).toEqual(date);
    expect(news.body).toBe("IOM opened an office this week.");
  });

  it("does not take a date inside the first sentence for a dateline", () => {
    expect(newsPage("A day to remember", "12 March 2010 was the day the office opened.").publishedAt).toBeNull();
    expect(newsPage("Un jour", "Le projet lancé le 12 mars 2010 à Genève – un succès – continue.").publishedAt).toBeNull();
  });

  it.each([
    ["Geneva – IOM today (27th March 2019) launched a campaign against trafficking.", utc(2019, 3, 27)],
    ["Geneva – Today (27th March 2019) IOM launched a campaign against trafficking.", utc(2019, 3, 27)],
    ["Genève – L'OIM a lancé aujourd'hui (1er avril 2019) une campagne contre la traite.", utc(2019, 4, 1)],
    ["Ginebra – La OIM lanzó hoy (2 de abril de 2019) una campaña contra la trata.", utc(2019, 4, 2)],
    ["Geneva – IOM on 5 November 2019 launched a campaign against trafficking.", utc(2019, 11, 5)],
    ["Geneva, Switzerland – On 5 November 2019, IOM launched a campaign against trafficking.", utc(2019, 11, 5)],
    ["Genève – L'OIM a lancé le 5 novembre 2019 une campagne contre la traite.", utc(2019, 11, 5)],
    ["Ginebra – La OIM lanzó el 5 de noviembre de 2019 una campaña contra la trata.", utc(2019, 11, 5)],
  ])("reads the release date written in the lead: %j", (opening, date) => {
    expect(newsPage("A campaign against trafficking", opening, "A second paragraph of the release.").publishedAt).toEqual(date);
  });

  it.each([
    // A date in a later sentence is some other day's.
    "Geneva – IOM launched a campaign. The first one started on 5 November 2018 in Accra.",
    // With no dateline of the place, a date in the sentence may be any day.
    "IOM launched on 5 November 2019 a campaign against trafficking.",
    "The office opened yesterday (5 November 2019) in Accra.",
    // After the date, text in lower case is no place.
    "12 March 2010, the day the office opened – a success.",
  ])("reads no release date from %j", (opening) => {
    expect(newsPage("A campaign against trafficking", opening, "A second paragraph of the release.").publishedAt).toBeNull();
  });

  it("reads 'today (27th March 2019)' wrapped across lines, on a page under 'News' and 'Global', not the later date", () => {
    const news = newsOf("news-english-today.txt");
    expect(news.title).toBe("IOM Launches Migration Health Assessment in Ghana");
    expect(news.publishedAt).toEqual(utc(2019, 3, 27));
    expect(news.id).toMatch(/^iom-launches-migration-health-assessment-in-ghana-2019-03-27-/);
    expect(news.countryCodes).toEqual(["GH"]);
  });
});

describe("news titles under a section heading", () => {
  it.each(["News", "Press Release", "Comunicado de prensa", "Communiqué", "Communiqué de presse"])(
    "takes the title from the line under %j",
    (heading) => {
      const news = newsPage(heading, "IOM Opens an Office in Juba", "Juba, 3 March 2022 – IOM opened an office this week.");
      expect(news.title).toBe("IOM Opens an Office in Juba");
      expect(news.publishedAt).toEqual(utc(2022, 3, 3));
      expect(news.id).toMatch(/^iom-opens-an-office-in-juba-2022-03-03-/);
    },
  );

  it.each([
    ["News", "Local"],
    ["Comunicado", "Global"],
    ["Communiqué de presse", "Local"],
    ["Actualités", "Mondial"],
  ])("takes the title from the line under the section %j and its sub-section %j", (section, subSection) => {
    const news = newsPage(section, subSection, "IOM Opens an Office in Juba", "Juba, 3 March 2022 – IOM opened an office this week.");
    expect(news.title).toBe("IOM Opens an Office in Juba");
    expect(news.summary).toBeNull();
    expect(news.body).toBe("Juba, 3 March 2022 – IOM opened an office this week.");
    expect(news.publishedAt).toEqual(utc(2022, 3, 3));
  });

  it("reads a French page under 'Actualités', 'Communiqué de presse' and 'Mondial', after the site navigation", () => {
    const news = newsOf("news-french-two-headings.txt");
    expect(news).toMatchObject({
      id: expect.stringMatching(/^l-oim-ouvre-un-centre-de-ressources-pour-les-migrants-au-niger-2019-02-14-[0-9a-f]{10}$/),
      title: "L'OIM ouvre un centre de ressources pour les migrants au Niger",
      publishedAt: utc(2019, 2, 14),
      countryCodes: ["NE"],
      language: "FR",
    });
    expect(news.summary).toMatch(/^Niamey, 14 février 2019 – L'OIM a ouvert/);
  });

  it("keeps a title that only starts like a sub-section heading", () => {
    expect(newsPage("News", "Local Elections and Migrants", "IOM supported voters abroad.").title).toBe("Local Elections and Migrants");
  });

  it("refuses a section heading with nothing under it, naming its line", () => {
    const error = parseErrorOf("heading.txt", "\nPress Release\n");
    expect([error.line, error.problem]).toEqual([2, 'section heading "Press Release" with no title after it']);
  });

  it("refuses a section and a sub-section with nothing under them, naming the first line", () => {
    const error = parseErrorOf("headings.txt", "\nNews\nGlobal\n");
    expect([error.line, error.problem]).toEqual([2, 'section heading "News / Global" with no title after it']);
  });
});

describe("news ids", () => {
  const release = (opening: string) => newsPage("IOM Welcomes New Member State", opening, "The Council voted on the membership.");

  it("keeps two releases of one title apart, on another day or on the same day", () => {
    const ids = [
      release("Geneva, 3 March 2022 – IOM welcomes Tuvalu."),
      release("Geneva, 4 March 2023 – IOM welcomes Tuvalu."),
      release("Geneva, 3 March 2022 – IOM welcomes Nauru."),
    ].map((news) => news.id);
    expect(new Set(ids).size).toBe(3);
  });

  it("gives the same page the same id every time it is read", () => {
    expect(release("Geneva, 3 March 2022 – IOM welcomes Tuvalu.").id).toBe(release("Geneva, 3 March 2022 – IOM welcomes Tuvalu.").id);
  });

  it("builds ids the API accepts from the title's words, the date and a hash, whatever the title's script", () => {
    const ids = [
      release("Geneva, 3 March 2022 – IOM welcomes Tuvalu.").id,
      newsPage("Объявление МОМ", "Geneva, 3 March 2022 – IOM welcomes Tuvalu.").id,
      newsPage("L'OIM « accueille » — l'Équateur ! ".repeat(8), "Texte.").id,
    ];
    expect(ids[0]).toMatch(/^iom-welcomes-new-member-state-2022-03-03-[0-9a-f]{10}$/);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,160}$/);
  });
});
