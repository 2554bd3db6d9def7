import { de, type MessageKey } from "./de.js";
import { en } from "./en.js";

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

/** Parameters interpolated into `{name}` slots. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Whether a string is a key of the message catalogue (used for zod issue messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(de, value);
}

function catalogueFor(locale: string): { messages: Messages; locale: string } {
  const exact = messageCatalogues[locale];
  if (exact) return { messages: exact, locale };
  const base = locale.split("-")[0] ?? "";
  const byBase = messageCatalogues[base];
  if (byBase) return { messages: byBase, locale: base };
  return { messages: en, locale: "en" };
}

/**
 * Renders a message in a language, choosing the plural form by `count`.
 *
 * @example
 * translate("de", "array.tooShort", { count: 2 })
 * //=> "Bitte wählen Sie mindestens 2 Einträge."
 */
export function translate(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const { messages, locale: resolved } = catalogueFor(locale);
  const message = messages[key];
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
