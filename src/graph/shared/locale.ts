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

/** Something named in the three languages, as the reference tables store it. */
export interface Named {
  nameFr: string;
  nameEn: string;
  nameEs: string;
}

export function nameIn(entity: Named, locale: Locale): string {
  return locale === Locale.EN ? entity.nameEn : locale === Locale.ES ? entity.nameEs : entity.nameFr;
}

/**
 * The text in the wanted language when the item was published in it, else in French, English,
 * Spanish, in that order; undefined when it has no text at all.
 */
export function textIn(texts: Partial<Record<Locale, string | null>> | null, locale: Locale): string | null | undefined {
  if (!texts) return undefined;
  const language = [locale, Locale.FR, Locale.EN, Locale.ES].find((candidate) => candidate in texts);
  return language ? texts[language] : undefined;
}
