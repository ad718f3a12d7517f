import type { Locale } from "../../generated/graphql";
import { element } from "./element";
import { LOCALES } from "./labels";

/** FR / EN / ES buttons; the pressed one is the language asked of the service, as an explicit `locale`. */
export function mountLanguageSwitch(container: HTMLElement, initial: Locale, onSwitch: (locale: Locale) => void): void {
  const buttons = LOCALES.map((locale) => element("button", { type: "button", lang: locale.toLowerCase(), "data-locale": locale }, locale));
  const press = (chosen: Locale) =>
    buttons.forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.locale === chosen)));
  for (const button of buttons) {
    button.addEventListener("click", () => {
      const locale = button.dataset.locale as Locale;
      press(locale);
      onSwitch(locale);
    });
  }
  press(initial);
  container.replaceChildren(...buttons);
}
