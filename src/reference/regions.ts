/** The IOM Development Fund regions, as the Fund's pages name them in its three languages. */
export interface RegionDefinition {
  code: string;
  nameFr: string;
  nameEn: string;
  nameEs: string;
  /** Other spellings seen on IOM pages, in any language. */
  aliases: string[];
}

export const REGIONS: readonly RegionDefinition[] = [
  { code: "AFR", nameFr: "Afrique", nameEn: "Africa", nameEs: "África", aliases: [] },
  {
    code: "ASO",
    nameFr: "Asie et Océanie",
    nameEn: "Asia and Oceania",
    nameEs: "Asia y Oceanía",
    aliases: ["Asie et Pacifique", "Asia and the Pacific", "Asia y el Pacífico"],
  },
  { code: "EUR", nameFr: "Europe", nameEn: "Europe", nameEs: "Europa", aliases: [] },
  {
    code: "LAC",
    nameFr: "Amérique latine et Caraïbes",
    nameEn: "Latin America and the Caribbean",
    nameEs: "América Latina y el Caribe",
    aliases: ["Amérique latine et les Caraïbes", "América Latina y Caribe", "Latin America and Caribbean"],
  },
  {
    code: "MEA",
    nameFr: "Moyen-Orient",
    nameEn: "Middle East",
    nameEs: "Oriente Medio",
    aliases: ["Middle East and North Africa", "Moyen-Orient et Afrique du Nord", "Oriente Medio y Norte de África", "Medio Oriente"],
  },
  { code: "GLO", nameFr: "Monde", nameEn: "Global", nameEs: "Global", aliases: ["Mondial", "Mundial", "Worldwide"] },
];
