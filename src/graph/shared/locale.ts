import { registerEnumType } from "type-graphql";

export enum Locale {
  FR = "FR",
  EN = "EN",
  ES = "ES",
}

registerEnumType(Locale, {
  name: "Locale",
  description:
    "Language of names and texts. When a field's locale argument is left out, the request's Accept-Language decides, then French.",
});

/** Options of every `locale` argument: one description, one default rule. */
export const LOCALE_ARG = { nullable: true, description: "Language wanted; Accept-Language, then French, when left out." } as const;

/** Something named in the three languages, as the reference tables store it. */
export interface Named {
  nameFr: string;
  nameEn: string;
  nameEs: string;
}

export function nameIn(entity: Named, locale: Locale): string {
  return locale === Locale.EN ? entity.nameEn : locale === Locale.ES ? entity.nameEs : entity.nameFr;
}

/** Texts by language, as stored for a project ({ FR: "…", EN: "…" }). */
export type LocalizedTexts = Partial<Record<Locale, string | null>>;

/**
 * The text in the wanted language when the item was published in it, else in French, English,
 * Spanish, in that order; undefined when it has no text at all.
 */
export function textIn(texts: LocalizedTexts | null, locale: Locale): string | null | undefined {
  if (!texts) return undefined;
  // Called for every item of a page: no candidate list to build and search.
  if (locale in texts) return texts[locale];
  if (Locale.FR in texts) return texts.FR;
  if (Locale.EN in texts) return texts.EN;
  return texts.ES;
}

const SUPPORTED = new Set<string>(Object.values(Locale));

/** The supported language the caller prefers most ("en-GB,en;q=0.9,fr;q=0.8" → EN), French when none is supported. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  const preferences = (header ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.split("-")[0]!.toUpperCase(), quality: quality ? Number(quality) : 1, position };
    })
    .filter((preference) => SUPPORTED.has(preference.language) && preference.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  return (preferences[0]?.language as Locale | undefined) ?? Locale.FR;
}
