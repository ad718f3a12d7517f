import type { ApolloClient } from "@apollo/client";
import { CountryPickerDocument, type CountryPickerQuery, type Locale } from "../../generated/graphql";
import { element } from "./element";
import { LABELS } from "./labels";

export interface CountryPicker {
  setLocale(locale: Locale): void;
}

/**
 * Fills the country list from `memberStates`, 100 countries a request, fetching the next page while
 * the list says more follow. Each language's names are asked once: the cache keeps every `name(locale:)`.
 */
export function mountCountryPicker(
  client: ApolloClient,
  select: HTMLSelectElement,
  initial: Locale,
  handlers: { onPick(code: string): void; onError(message: string): void },
): CountryPicker {
  let locale = initial;
  const countries = client.watchQuery({ query: CountryPickerDocument, variables: { locale } });
  const requestedPages = new Set<string>();

  countries.subscribe(({ data, dataState, error }) => {
    if (error) handlers.onError(error.message);
    if (dataState !== "complete") return;
    showCountries(select, data.memberStates.nodes, locale);
    const { hasNextPage, endCursor } = data.memberStates.pageInfo;
    const page = `${locale} after ${endCursor}`;
    if (hasNextPage && endCursor && !requestedPages.has(page)) {
      requestedPages.add(page);
      void countries.fetchMore({ variables: { after: endCursor } });
    }
  });
  select.addEventListener("change", () => {
    if (select.value) handlers.onPick(select.value);
  });

  return {
    setLocale(next) {
      locale = next;
      void countries.setVariables({ locale });
    },
  };
}

/** Options sorted by name in the chosen language, the chosen country kept. */
function showCountries(select: HTMLSelectElement, countries: CountryPickerQuery["memberStates"]["nodes"], locale: Locale): void {
  const chosen = select.value;
  const collator = new Intl.Collator(locale.toLowerCase());
  const sorted = [...countries].sort((a, b) => collator.compare(a.name, b.name));
  select.replaceChildren(
    element("option", { value: "" }, LABELS[locale].chooseCountry),
    ...sorted.map((country) => element("option", { value: country.code }, country.name)),
  );
  select.value = chosen;
}
