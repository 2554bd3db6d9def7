import { ar } from "./ar.js";
import { de, type MessageKey } from "./de.js";
import { en } from "./en.js";
import { fa } from "./fa.js";
import { ru } from "./ru.js";
import { tr } from "./tr.js";
import { uk } from "./uk.js";

export type { MessageKey };

/** A message: plain text, or a pair chosen by the plural category of `count`. */
export type Message = string | { readonly one: string; readonly other: string };

/** A full catalogue for one language: the same keys as the German reference. */
export type Messages = { readonly [K in MessageKey]: Message };

/**
 * Languages with a full message catalogue. Other languages fall back to English, the
 * bridge language, rather than to German.
 */
export const messageCatalogues: Readonly<Record<string, Messages>> = { de, en };

/**
 * Languages with a partial catalogue (the messages their pages need, e.g. the help
 * request form). A missing key falls back to English.
 */
export const partialMessageCatalogues: Readonly<Record<string, Partial<Messages>>> = {
  // Help request form only; machine-made, awaiting review by native speakers.
  ar,
  fa,
  ru,
  tr,
  uk,
};

/** Parameters interpolated into `{name}` slots. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Whether a string is a key of the message catalogue (used for zod issue messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(de, value);
}

function messageFor(locale: string, key: MessageKey): { message: Message; locale: string } {
  const base = locale.split("-")[0] ?? "";
  for (const candidate of [locale, base]) {
    const message =
      messageCatalogues[candidate]?.[key] ?? partialMessageCatalogues[candidate]?.[key];
    if (message !== undefined) return { message, locale: candidate };
  }
  return { message: en[key], locale: "en" };
}

/**
 * Renders a message in a language, choosing the plural form by `count`.
 *
 * @example
 * translate("de", "array.tooShort", { count: 2 })
 * //=> "Bitte wählen Sie mindestens 2 Einträge."
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const { message, locale: resolved } = messageFor(locale, key);
  const template =
    typeof message === "string"
      ? message
      : new Intl.PluralRules(resolved).select(Number(params.count ?? 0)) === "one"
        ? message.one
        : message.other;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    params[name] === undefined ? slot : String(params[name]),
  );
}
