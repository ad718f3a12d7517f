import { registerEnumType } from "type-graphql";

export enum Locale {
  FR = "FR",
  EN = "EN",
  ES = "ES",
}

registerEnumType(Locale, {
  name: "Locale",
  description: "Language of names and texts. When a field's locale argument is left out, the request's Accept-Language decides, then French.",
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
