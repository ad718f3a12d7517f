import { collapseSpaces, joinParagraphs, reflowParagraphs, stripHtmlRemnants, unwrapQuotes } from "../../src/import/text-cleanup";

describe("stripHtmlRemnants", () => {
  it("removes tags but keeps the text of links", () => {
    expect(stripHtmlRemnants('Visit <a href="https://www.iom.int">www.iom.int</a>.')).toBe("Visit www.iom.int.");
    expect(stripHtmlRemnants('E-mail: <a href="mailto:jgallo@iom.int">jgallo@iom.int</a>')).toBe("E-mail: jgallo@iom.int");
    expect(stripHtmlRemnants("<p>Migrants in <b>Libya</b></p>")).toBe("Migrants in Libya");
  });

  it("removes the attribute left when an export cut a link in two", () => {
    expect(stripHtmlRemnants('"mailto:jgallo@iom.int">jgallo@iom.int')).toBe("jgallo@iom.int");
  });

  it("decodes the common entities", () => {
    expect(stripHtmlRemnants("IOM&#39;s office &amp; partners&nbsp;met &quot;today&quot; &lt;here&gt;")).toBe(
      'IOM\'s office & partners met "today" <here>',
    );
  });

  it("leaves comparison signs that are no tags", () => {
    expect(stripHtmlRemnants("children < 5 years and adults > 60")).toBe("children < 5 years and adults > 60");
  });

  it("restores the 'œ' the exports lose in 'mis en uvre'", () => {
    expect(stripHtmlRemnants("mis en uvre, les uvres, l’uvre")).toBe("mis en œuvre, les œuvres, l’œuvre");
  });
});

describe("reflowParagraphs", () => {
  it("joins hard-wrapped lines until one ends a sentence", () => {
    expect(
      reflowParagraphs(["Grâce à la signature d'un nouvel accord de", "coopération, l'OIM continuera.", "Plus de 440 000 dollars."]),
    ).toEqual(["Grâce à la signature d'un nouvel accord de coopération, l'OIM continuera.", "Plus de 440 000 dollars."]);
  });

  it("ends paragraphs on '!', '?', ':', '»' and closing quotes or brackets", () => {
    expect(reflowParagraphs(["Enfin !", "Pourquoi ?", "Contact :", "« Merci. »", 'He said "Thank you."', "(See below.)", "Last"])).toEqual([
      "Enfin !",
      "Pourquoi ?",
      "Contact :",
      "« Merci. »",
      'He said "Thank you."',
      "(See below.)",
      "Last",
    ]);
  });

  it("does not end a paragraph on an elided article at the end of a line", () => {
    expect(reflowParagraphs(["le soutien de l’", "OIM."])).toEqual(["le soutien de l’ OIM."]);
  });

  it("skips lines left empty once tags are removed", () => {
    expect(reflowParagraphs(["<br/>", "Text."])).toEqual(["Text."]);
  });
});

describe("joinParagraphs and unwrapQuotes", () => {
  it("makes each line a paragraph and drops quotes around the whole text", () => {
    expect(joinParagraphs(['"En 2018, l’affaire', 'a pris fin E.-U"'])).toBe("En 2018, l’affaire\n\na pris fin E.-U");
    expect(joinParagraphs(["  ", "<br>"])).toBeNull();
  });

  it("keeps quotes that do not wrap the whole text", () => {
    expect(unwrapQuotes('"Un" projet "utile"')).toBe('"Un" projet "utile"');
    expect(unwrapQuotes("« Projet »")).toBe("Projet");
  });

  it("collapses runs of spaces, tabs and non-breaking spaces", () => {
    expect(collapseSpaces(" a \t b\u00a0\u00a0c ")).toBe("a b c");
  });
});
