import type { Language } from "@prisma/client";
import type { RecordedTypeName } from "../db/project-types";
import { foldForMatching } from "../reference/normalize";
import { isKnownProjectType, projectTypeCodeOf } from "../reference/vocabulary";

/** What is stored of a project's type, seen from a page of it being imported. */
export interface StoredProjectType {
  /** The project's type; null for a new project, or one whose pages gave none. */
  code: string | null;
  /** The type as the project's stored page in the new page's language names it; null when none was kept. */
  sameLanguageName: string | null;
  /** Languages of the project's stored pages in the other languages. */
  otherLanguages: readonly Language[];
}

/** The project's type after a page, or why the page is refused. */
export type ProjectTypeDecision = { code: string | null; warning: string | null } | { refused: string };

/** What a batch changes in project types, in the order the writer applies it. */
export interface ProjectTypeChanges {
  /** Types added for names nothing knew, each with the file that named it first. */
  added: Array<{ code: string; name: string; file: string }>;
  /** Names to record, or whose language to record, each with its type. */
  names: RecordedTypeName[];
  /** Types merged into another: their projects and names go to `into`, and they are deleted. */
  merges: Array<{ from: string; into: string }>;
  /** Types added before this batch that gained names, to be named again in each language. */
  renamed: string[];
}

const LANGUAGE_NAMES: Record<Language, string> = { FR: "French", EN: "English", ES: "Spanish" };

/** The code of the type added for a name nothing knows: derived from the name, so that every importer adds the same. */
export function addedTypeCode(folded: string): string {
  return `OTHER_${folded.toUpperCase().replace(/ /g, "_")}`.slice(0, 120);
}

/**
 * Decides the type of each project page of a batch, in order, from the reference list, the names
 * recorded, and what the batch decided before: pure, the writer applies the changes.
 *
 * A page names its project's type in its own language. Its first name of a type, in a project whose
 * pages in other languages gave one, is a translation: the two names are one type, whatever the
 * order the pages come in. A name nothing knows is recorded as a name of that type; two types are
 * merged, into the known one when one is known, else into the project's; two known types are never
 * merged, and the page is refused. A page naming another type than it did before changes the
 * project's type; one repeating itself changes nothing.
 */
export class ProjectTypeDecisions {
  private readonly recorded: Map<string, RecordedTypeName>;
  private readonly mergedInto = new Map<string, string>();
  private readonly added = new Map<string, { code: string; name: string; file: string }>();
  private readonly names = new Map<string, RecordedTypeName>();
  private readonly renamed = new Set<string>();

  constructor(recorded: Iterable<RecordedTypeName>) {
    this.recorded = new Map([...recorded].map((name) => [name.folded, name]));
  }

  /** The type a code stands for after the merges decided so far. */
  current(code: string): string {
    let into = code;
    for (let next = this.mergedInto.get(into); next !== undefined; next = this.mergedInto.get(into)) into = next;
    return into;
  }

  /** Whether the batch adds, names or merges types. */
  get changesTypes(): boolean {
    return this.added.size > 0 || this.names.size > 0 || this.mergedInto.size > 0;
  }

  decide(file: string, page: { projectTypeName: string | null; language: Language }, stored: StoredProjectType): ProjectTypeDecision {
    const current = stored.code === null ? null : this.current(stored.code);
    const name = page.projectTypeName;
    if (name === null) return { code: current, warning: null };
    const folded = foldForMatching(name);
    if (stored.sameLanguageName !== null && foldForMatching(stored.sameLanguageName) === folded) return { code: current, warning: null };
    const named = this.typeOfName(folded);
    const others = `the project's pages in ${stored.otherLanguages.map((language) => LANGUAGE_NAMES[language]).join(" and ")}`;

    const translates = current !== null && stored.sameLanguageName === null && stored.otherLanguages.length > 0;
    if (!translates) {
      const code = named ?? this.add(file, name, folded, page.language);
      if (named) this.noteLanguage(folded, page.language);
      const replaced = current !== null && current !== code && stored.otherLanguages.length > 0;
      return { code, warning: replaced ? `project type ${code} replaces ${current}, which ${others} may still name` : null };
    }
    if (named === current) {
      this.noteLanguage(folded, page.language);
      return { code: current, warning: null };
    }
    if (named === undefined) {
      this.record({ folded, name, language: page.language, code: current });
      return { code: current, warning: `project type "${name}" is not a known IOM type; read as ${current}, the type of ${others}` };
    }
    if (isKnownProjectType(named) && isKnownProjectType(current)) {
      return {
        refused:
          `project type "${name}" is ${named}, but ${others} make the project ${current}: ` +
          "two known types are never merged; correct the page that is wrong and import it again",
      };
    }
    const [from, into] = isKnownProjectType(current) ? [named, current] : isKnownProjectType(named) ? [current, named] : [named, current];
    this.mergedInto.set(from, into);
    if (!isKnownProjectType(into)) this.renamed.add(into);
    this.noteLanguage(folded, page.language);
    return {
      code: into,
      warning: `project type "${name}" is ${named} and ${others} make the project ${current}: one type, ${from} merged into ${into}`,
    };
  }

  /** The changes decided, with every code as it stands after the merges. */
  changes(): ProjectTypeChanges {
    return {
      added: [...this.added.values()].filter((type) => this.current(type.code) === type.code),
      names: [...this.names.values()].map((name) => ({ ...name, code: this.current(name.code) })),
      // A type added by this batch and merged away was never written: only its names move.
      merges: [...this.mergedInto.keys()].filter((from) => !this.added.has(from)).map((from) => ({ from, into: this.current(from) })),
      renamed: [...new Set([...this.renamed].map((code) => this.current(code)))].filter(
        (code) => !isKnownProjectType(code) && !this.added.has(code),
      ),
    };
  }

  private typeOfName(folded: string): string | undefined {
    const known = projectTypeCodeOf(folded);
    if (known) return known;
    const recorded = this.recorded.get(folded);
    return recorded && this.current(recorded.code);
  }

  private add(file: string, name: string, folded: string, language: Language): string {
    const code = addedTypeCode(folded);
    if (!this.added.has(code)) this.added.set(code, { code, name, file });
    this.record({ folded, name, language, code });
    return code;
  }

  private record(name: RecordedTypeName): void {
    this.recorded.set(name.folded, name);
    this.names.set(name.folded, name);
    if (!isKnownProjectType(name.code)) this.renamed.add(name.code);
  }

  /** A recorded name whose language was not kept gets the language of the page now giving it. */
  private noteLanguage(folded: string, language: Language): void {
    const recorded = this.recorded.get(folded);
    if (recorded && recorded.language === null) this.record({ ...recorded, language });
  }
}
