import type { Locale } from "../../generated/graphql";
import { createApolloClient } from "./apollo-client";
import { mountCountryPicker } from "./country-picker";
import { required } from "./element";
import { LABELS } from "./labels";
import { mountLanguageSwitch } from "./language-switch";
import { PAGE_SIZE, SERVICE_URL } from "./page-config";
import { mountProjectList } from "./project-list";
import "./style.css";

const client = createApolloClient(SERVICE_URL);
let locale: Locale = "FR";
let country: string | undefined;

const countryLabel = required("country-label", HTMLLabelElement);
const heading = required("heading", HTMLHeadingElement);
const status = required("status", HTMLParagraphElement);
const projects = mountProjectList(
  client,
  { status, list: required("projects", HTMLOListElement), more: required("more", HTMLButtonElement) },
  PAGE_SIZE,
);
const picker = mountCountryPicker(client, required("country", HTMLSelectElement), locale, {
  onPick(code) {
    country = code;
    projects.show(country, locale);
  },
  onError(message) {
    status.textContent = LABELS[locale].failed(message);
  },
});
mountLanguageSwitch(required("languages", HTMLElement), locale, (chosen) => {
  locale = chosen;
  showLabels();
  picker.setLocale(locale);
  if (country) projects.show(country, locale);
});
showLabels();

function showLabels(): void {
  document.documentElement.lang = locale.toLowerCase();
  heading.textContent = LABELS[locale].heading;
  countryLabel.textContent = LABELS[locale].country;
}
