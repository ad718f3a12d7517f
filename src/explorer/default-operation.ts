/**
 * What the explorer opens with on a first visit: the README's headline query, with a word on how the
 * language of names is chosen, and the header that chooses it, ready to be changed.
 */
export const EXPLORER_DEFAULT_QUERY = `# All active projects benefiting Colombia, with their
# region, beneficiaries and related news. Run it with ▶.
#
# Names and texts take a locale argument (FR, EN, ES), as
# region.name does below; without it, the Accept-Language
# header (Headers tab, below) decides, then French.
query {
  projects(filter: { status: ACTIVE, beneficiaryState: "CO" }) {
    totalCount
    nodes {
      code
      title
      budgetUsd
      region { code name(locale: EN) }
      beneficiaryStates { code name }
      otherBenefitingCountries { code }
      relatedNews { id title }
    }
  }
}
`;

/** Request headers the explorer sends until changed: the language of names asked without a locale. */
export const EXPLORER_DEFAULT_HEADERS = { "Accept-Language": "en" };
