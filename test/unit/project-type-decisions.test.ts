import type { Language } from "@prisma/client";
import type { RecordedTypeName } from "../../src/db/project-types";
import { addedTypeCode, ProjectTypeDecisions, type StoredProjectType } from "../../src/import/project-type-decisions";
import { foldForMatching } from "../../src/reference/normalize";

const NEW_PROJECT: StoredProjectType = { code: null, sameLanguageName: null, otherLanguages: [] };

/** A stored project whose pages in these languages gave it this type. */
const storedWith = (code: string, otherLanguages: Language[], sameLanguageName: string | null = null): StoredProjectType => ({
  code,
  sameLanguageName,
  otherLanguages,
});

const recorded = (name: string, code: string, language: Language | null = "EN"): RecordedTypeName => ({
  folded: foldForMatching(name),
  name,
  language,
  code,
});

const page = (projectTypeName: string | null, language: Language) => ({ projectTypeName, language });

describe("the project type of each page of a batch", () => {
  it("reads a known type's name in any language, accents and case aside, as that type, and changes nothing", () => {
    const types = new ProjectTypeDecisions([]);
    expect(types.decide("a.txt", page("investigacion y publicaciones sobre MIGRACION", "ES"), NEW_PROJECT)).toEqual({
      code: "RESEARCH_ASSESSMENT",
      warning: null,
    });
    expect(types.changesTypes).toBe(false);
  });

  it("adds a type for a name nothing knows, under a code made of the name, once for the pages of several projects", () => {
    const types = new ProjectTypeDecisions([]);
    const name = "Transfer of migrant knowledge and resources";
    expect(types.decide("a.txt", page(name, "EN"), NEW_PROJECT)).toEqual({
      code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES",
      warning: null,
    });
    expect(types.decide("b.txt", page(name, "EN"), NEW_PROJECT)).toEqual({
      code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES",
      warning: null,
    });
    expect(types.changes()).toEqual({
      added: [{ code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES", name, file: "a.txt" }],
      names: [
        {
          folded: "transfer of migrant knowledge and resources",
          name,
          language: "EN",
          code: "OTHER_TRANSFER_OF_MIGRANT_KNOWLEDGE_AND_RESOURCES",
        },
      ],
      merges: [],
      renamed: [],
    });
  });

  it("reads an unknown name on a project's first page in a language as the name, in that language, of the type its other pages give", () => {
    const types = new ProjectTypeDecisions([recorded("Transfer of migrant knowledge and resources", "OTHER_TRANSFER")]);
    const name = "Transferencia de conocimientos y recursos de los migrantes";
    expect(types.decide("es.txt", page(name, "ES"), storedWith("OTHER_TRANSFER", ["EN"]))).toEqual({
      code: "OTHER_TRANSFER",
      warning: `project type "${name}" is not a known IOM type; read as OTHER_TRANSFER, the type of the project's pages in English`,
    });
    expect(types.changes()).toEqual({
      added: [],
      names: [{ folded: foldForMatching(name), name, language: "ES", code: "OTHER_TRANSFER" }],
      merges: [],
      renamed: ["OTHER_TRANSFER"],
    });
  });

  it("records an unknown name given on a project's first page in a language as another name of its known type", () => {
    const types = new ProjectTypeDecisions([]);
    expect(
      types.decide("fr.txt", page("Lutte contre la traite des êtres humains", "FR"), storedWith("COUNTER_TRAFFICKING", ["EN"])),
    ).toMatchObject({
      code: "COUNTER_TRAFFICKING",
    });
    expect(types.changes()).toEqual({
      added: [],
      names: [
        {
          folded: "lutte contre la traite des etres humains",
          name: "Lutte contre la traite des êtres humains",
          language: "FR",
          code: "COUNTER_TRAFFICKING",
        },
      ],
      merges: [],
      renamed: [],
    });
  });

  it("merges the added type an unknown name already stands for into the project's, when two added types meet", () => {
    const types = new ProjectTypeDecisions([recorded("Transferencia de conocimientos", "OTHER_TRANSFERENCIA", "ES")]);
    expect(types.decide("es.txt", page("Transferencia de conocimientos", "ES"), storedWith("OTHER_TRANSFER", ["EN"]))).toEqual({
      code: "OTHER_TRANSFER",
      warning:
        'project type "Transferencia de conocimientos" is OTHER_TRANSFERENCIA and the project\'s pages in English make the project OTHER_TRANSFER: ' +
        "one type, OTHER_TRANSFERENCIA merged into OTHER_TRANSFER",
    });
    expect(types.changes()).toMatchObject({
      merges: [{ from: "OTHER_TRANSFERENCIA", into: "OTHER_TRANSFER" }],
      renamed: ["OTHER_TRANSFER"],
    });
  });

  it("merges an added type into the known type a page in another language names, whichever page comes first", () => {
    const knownSecond = new ProjectTypeDecisions([recorded("Research on migration", "OTHER_RESEARCH_ON_MIGRATION")]);
    expect(
      knownSecond.decide(
        "es.txt",
        page("Investigación y publicaciones sobre migración", "ES"),
        storedWith("OTHER_RESEARCH_ON_MIGRATION", ["EN"]),
      ),
    ).toMatchObject({ code: "RESEARCH_ASSESSMENT" });
    const knownFirst = new ProjectTypeDecisions([recorded("Research on migration", "OTHER_RESEARCH_ON_MIGRATION")]);
    expect(knownFirst.decide("en.txt", page("Research on migration", "EN"), storedWith("RESEARCH_ASSESSMENT", ["ES"]))).toMatchObject({
      code: "RESEARCH_ASSESSMENT",
    });
    for (const types of [knownSecond, knownFirst]) {
      expect(types.changes()).toMatchObject({
        merges: [{ from: "OTHER_RESEARCH_ON_MIGRATION", into: "RESEARCH_ASSESSMENT" }],
        renamed: [],
      });
    }
  });

  it("refuses a project's first page in a language naming another known type than its other pages, and decides nothing for it", () => {
    const types = new ProjectTypeDecisions([]);
    expect(types.decide("es.txt", page("Migración laboral", "ES"), storedWith("COUNTER_TRAFFICKING", ["EN", "FR"]))).toEqual({
      refused:
        'project type "Migración laboral" is LABOUR_MIGRATION, but the project\'s pages in English and French make the project COUNTER_TRAFFICKING: ' +
        "two known types are never merged; correct the page that is wrong and import it again",
    });
    expect(types.changesTypes).toBe(false);
  });

  it("keeps the project's type when a page names the type it named before, even if another page changed it since", () => {
    const types = new ProjectTypeDecisions([]);
    const stored = storedWith("LABOUR_MIGRATION", ["EN"], "Lucha contra la trata");
    expect(types.decide("es.txt", page("lucha contra la TRATA", "ES"), stored)).toEqual({ code: "LABOUR_MIGRATION", warning: null });
  });

  it("changes the project's type when its page names another than before, warning that pages in other languages may still name the old one", () => {
    const types = new ProjectTypeDecisions([]);
    expect(
      types.decide("es.txt", page("Migración laboral", "ES"), storedWith("COUNTER_TRAFFICKING", ["EN"], "Lucha contra la trata")),
    ).toEqual({
      code: "LABOUR_MIGRATION",
      warning: "project type LABOUR_MIGRATION replaces COUNTER_TRAFFICKING, which the project's pages in English may still name",
    });
    expect(types.decide("fr.txt", page("Migration de main-d’œuvre", "FR"), storedWith("COUNTER_TRAFFICKING", []))).toEqual({
      code: "LABOUR_MIGRATION",
      warning: null,
    });
  });

  it("keeps the stored type of a page that names none", () => {
    const types = new ProjectTypeDecisions([]);
    expect(types.decide("a.txt", page(null, "FR"), storedWith("MIGRATION_POLICY", ["EN"]))).toEqual({
      code: "MIGRATION_POLICY",
      warning: null,
    });
  });

  it("follows merges decided later in the batch for types decided earlier, and never writes an added type merged away", () => {
    const types = new ProjectTypeDecisions([recorded("Old name", "OTHER_OLD_NAME", "FR")]);
    // A new project adds a type; a page of another project then names it in a new language: it joins that project's type.
    const added = types.decide("a.txt", page("Brand new type", "EN"), NEW_PROJECT);
    expect(added).toEqual({ code: addedTypeCode("brand new type"), warning: null });
    types.decide("b.txt", page("Brand new type", "EN"), storedWith("OTHER_OLD_NAME", ["FR"]));
    expect(types.current(addedTypeCode("brand new type"))).toBe("OTHER_OLD_NAME");
    // A third page makes the surviving type one with a known type.
    types.decide("c.txt", page("Old name", "FR"), storedWith("MIGRATION_HEALTH", ["EN"]));
    expect(types.current(addedTypeCode("brand new type"))).toBe("MIGRATION_HEALTH");
    expect(types.changes()).toEqual({
      added: [],
      names: [{ folded: "brand new type", name: "Brand new type", language: "EN", code: "MIGRATION_HEALTH" }],
      merges: [{ from: "OTHER_OLD_NAME", into: "MIGRATION_HEALTH" }],
      renamed: [],
    });
  });

  it("records the language of a name recorded without one when a page gives it", () => {
    const types = new ProjectTypeDecisions([recorded("Old name", "OTHER_OLD_NAME", null)]);
    expect(types.decide("a.txt", page("Old name", "ES"), NEW_PROJECT)).toEqual({ code: "OTHER_OLD_NAME", warning: null });
    expect(types.changes()).toEqual({
      added: [],
      names: [{ folded: "old name", name: "Old name", language: "ES", code: "OTHER_OLD_NAME" }],
      merges: [],
      renamed: ["OTHER_OLD_NAME"],
    });
  });
});
