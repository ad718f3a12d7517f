/** IOM project types as published on Development Fund pages, with their names in fr/en/es. */
export interface ProjectTypeDefinition {
  code: string;
  nameFr: string;
  nameEn: string;
  nameEs: string;
  aliases: string[];
}

export const PROJECT_TYPES: readonly ProjectTypeDefinition[] = [
  {
    code: "MIGRATION_POLICY",
    nameFr: "Activités de politique migratoire",
    nameEn: "Migration Policy Activities",
    nameEs: "Actividades de política migratoria",
    aliases: ["Policy and legal framework development"],
  },
  {
    code: "RETURN_ASSISTANCE",
    nameFr: "Aide au retour à l’intention des migrants et des gouvernements",
    nameEn: "Return Assistance to Migrants and Governments",
    nameEs: "Asistencia para el retorno de migrantes y gobiernos",
    aliases: [],
  },
  {
    code: "RETURN_REINTEGRATION",
    nameFr: "Aide au retour et à la réintégration à l’intention des migrants et des gouvernements",
    nameEn: "Return and Reintegration Assistance to Migrants and Governments",
    nameEs: "Asistencia para el retorno y la reintegración de migrantes y gobiernos",
    aliases: ["Assisted Voluntary Return and Reintegration"],
  },
  {
    code: "PROTECTION_ASSISTANCE",
    nameFr: "Protection et assistance aux migrants vulnérables",
    nameEn: "Protection and Assistance to Vulnerable Migrants",
    nameEs: "Protección y asistencia a migrantes vulnerables",
    aliases: ["Protection and Assistance for Vulnerable Migrants"],
  },
  {
    code: "COUNTER_TRAFFICKING",
    nameFr: "Lutte contre la traite",
    nameEn: "Counter-Trafficking",
    nameEs: "Lucha contra la trata",
    aliases: ["Lutte contre la traite des personnes", "Counter Trafficking", "Lucha contra la trata de personas"],
  },
  {
    code: "IMMIGRATION_BORDER_MANAGEMENT",
    nameFr: "Gestion de l’immigration et des frontières",
    nameEn: "Immigration and Border Management",
    nameEs: "Gestión de la inmigración y las fronteras",
    aliases: ["Border management", "Gestion des frontières", "Gestión de fronteras"],
  },
  {
    code: "LABOUR_MIGRATION",
    nameFr: "Migration de main-d’œuvre",
    nameEn: "Labour Migration",
    nameEs: "Migración laboral",
    aliases: ["Migration de main-d’oeuvre", "Labor Migration"],
  },
  {
    code: "LABOUR_MOBILITY_HUMAN_DEVELOPMENT",
    nameFr: "Mobilité de main-d’œuvre et développement humain",
    nameEn: "Labour Mobility and Human Development",
    nameEs: "Movilidad laboral y desarrollo humano",
    aliases: ["Mobilité de main-d’oeuvre et développement humain", "Labor Mobility and Human Development"],
  },
  {
    code: "MIGRATION_DEVELOPMENT",
    nameFr: "Migration et développement",
    nameEn: "Migration and Development",
    nameEs: "Migración y desarrollo",
    aliases: [],
  },
  {
    code: "MIGRATION_HEALTH",
    nameFr: "Migration et santé",
    nameEn: "Migration Health",
    nameEs: "Migración y salud",
    aliases: ["Migration and Health"],
  },
  {
    code: "MIGRATION_ENVIRONMENT_CLIMATE",
    nameFr: "Migration, environnement et changement climatique",
    nameEn: "Migration, Environment and Climate Change",
    nameEs: "Migración, medio ambiente y cambio climático",
    aliases: [],
  },
  {
    code: "RESEARCH_ASSESSMENT",
    nameFr: "Recherche et évaluation",
    nameEn: "Research and Assessment",
    nameEs: "Investigación y evaluación",
    // The type of the Fund's research projects (codes PR.xxxx) as their pages name it: "Migration Research
    // and Publication" on iom.int/project pages (PR.0236), "Recherche et publications en matière migratoire"
    // on iom.int/fr pages (PR.0236, PR.0258, PR.0284), "Investigación y publicaciones sobre migración" on
    // iom.int/es pages (PR.0221, PR.0244).
    aliases: [
      "Migration Research and Publications",
      "Migration Research and Publication",
      "Recherche et publications en matière migratoire",
      "Investigación y publicaciones sobre migración",
    ],
  },
  {
    code: "INTERGOVERNMENTAL_DIALOGUE",
    nameFr: "Renforcement du dialogue et de la coopération intergouvernementaux",
    nameEn: "Enhancement of Inter-Governmental Dialogue and Cooperation",
    nameEs: "Fortalecimiento del diálogo y la cooperación intergubernamentales",
    aliases: [],
  },
  {
    // Diaspora engagement projects (codes CE.xxxx), named so on iom.int project pages: CE.0186 in English and
    // Spanish, CE.0388 in Spanish, TE1-805 in French.
    code: "COMMUNITY_ECONOMIC_DEVELOPMENT",
    nameFr: "Développement communautaire et économique",
    nameEn: "Community and Economic Development",
    nameEs: "Desarrollo económico y comunitario",
    aliases: [],
  },
];
