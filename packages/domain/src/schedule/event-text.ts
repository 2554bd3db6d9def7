import type { EventText } from "./schema.js";

/**
 * The title or description of a date in one language: the exact tag, then its base
 * language, then German (the language the district writes in; English is optional).
 *
 * @example
 * localizedEventText({ de: "Treffen", en: "Meeting" }, "en-GB") //=> "Meeting"
 * localizedEventText({ de: "Treffen" }, "ar") //=> "Treffen"
 */
export function localizedEventText(text: EventText, locale: string): string {
  return text[locale] ?? text[locale.split("-")[0] ?? ""] ?? text.de;
}
