import type { Message, MessageCatalogue, MessageKey } from "./catalogue.js";
import { de } from "./de.js";

export type { FullCatalogue, Message, MessageCatalogue, Messages } from "./catalogue.js";
export type { MessageKey };

/** Parameters interpolated into `{name}` slots. */
export type MessageParams = Readonly<Record<string, string | number>>;

/*
 * The languages messages can be rendered in. German is built in: it is the reference
 * catalogue and every function's default. Every other language is registered by whoever
 * needs it, as zod registers its locales (`z.config(z.locales.de())`) — so that a bundle
 * validating in German carries German only, and one validating in Arabic carries Arabic
 * and its English fallback, not all seven languages.
 */
const registry = new Map<string, MessageCatalogue>([[de.locale, de]]);

/**
 * Makes catalogues available to every function that takes a `locale` (their fallbacks
 * too). Registering a language twice replaces it.
 *
 * @example
 * import { en } from "@integrationspaten/domain/messages/en";
 * registerMessages(en);
 * translate("en", "email.invalid") //=> "Please enter a valid email address."
 */
export function registerMessages(...catalogues: readonly MessageCatalogue[]): void {
  for (const catalogue of catalogues) {
    registry.set(catalogue.locale, catalogue);
    if (catalogue.fallback) registerMessages(catalogue.fallback);
  }
}

/**
 * The languages registered so far, German first.
 *
 * @example
 * registeredLocales() //=> ["de"] (nothing registered yet)
 */
export function registeredLocales(): string[] {
  return [...registry.keys()];
}

/** Whether a string is a key of the message catalogue (used for zod issue messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(de.messages, value);
}

function inChain(catalogue: MessageCatalogue | undefined, key: MessageKey) {
  for (let c = catalogue; c !== undefined; c = c.fallback) {
    const message = c.messages[key];
    if (message !== undefined) return { message, locale: c.locale };
  }
  return undefined;
}

/**
 * The message a key has in a language, and the language it really comes from: the
 * locale's catalogue (and its fallback), its base language's (`de-AT` → `de`), then
 * English when registered — the bridge language for everyone else —, then German.
 * A catalogue object instead of a locale is used as it is, without the registry.
 *
 * @example
 * resolveMessage("ti", "email.invalid").locale //=> "en" (with English registered)
 */
export function resolveMessage(
  locale: string | MessageCatalogue,
  key: MessageKey,
): { message: Message; locale: string } {
  if (typeof locale !== "string") {
    return inChain(locale, key) ?? { message: de.messages[key], locale: de.locale };
  }
  const base = locale.split("-")[0] ?? "";
  return (
    inChain(registry.get(locale), key) ??
    inChain(registry.get(base), key) ??
    inChain(registry.get("en"), key) ?? { message: de.messages[key], locale: de.locale }
  );
}

/**
 * Renders a message in a language (a registered locale, or a catalogue object), choosing
 * the plural form by `count`.
 *
 * @example
 * translate("de", "array.tooShort", { count: 2 })
 * //=> "Bitte wählen Sie mindestens 2 Einträge."
 */
export function translate(
  locale: string | MessageCatalogue,
  key: MessageKey,
  params: MessageParams = {},
): string {
  const { message, locale: resolved } = resolveMessage(locale, key);
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
