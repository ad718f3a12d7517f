import { parsePage } from "../../src/import/page-parser";
import { newsOf, parseErrorOf, readFixture } from "./fixture-pages";

describe("news pages", () => {
  it("re-flows hard-wrapped lines into paragraphs and reads the dateline 'Genève, 12 mars 2010'", () => {
    const news = newsOf("news-french-dateline.txt");
    expect(news).toMatchObject({
      id: "l-oim-lance-un-programme-d-aide-au-retour-en-colombie",
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
      id: "iom-and-kenya-launch-counter-trafficking-campaign",
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
