import { fetched } from "../shared/fetched";
import { textIn, type Locale } from "../shared/locale";
import type { Project } from "./project.type";

/** A project's title in a language (see textIn), its code when it has no title at all. */
export const projectTitle = (project: Project, locale: Locale): string =>
  textIn(fetched(project.titles, "Project.title"), locale) ?? project.code;
