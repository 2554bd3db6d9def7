import de from "./de.json";

/*
 * The UI's message catalogues: one JSON file per language with flat dotted keys. German
 * is the language of the district and the default, built in; English is switchable,
 * remembered, and loaded when first chosen. The types make a key that one catalogue
 * lacks a compile error.
 */

export type MessageKey = keyof typeof de;
type Catalogue = Readonly<Record<MessageKey, string>>;
type English = typeof import("./en.json");

const loaders = {
  de: async (): Promise<Catalogue> => de satisfies Record<keyof English, string>,
  en: async (): Promise<Catalogue> => (await import("./en.json")).default,
} as const;

export type Locale = keyof typeof loaders;
export const LOCALES = Object.keys(loaders) as Locale[];

const catalogues = new Map<Locale, Catalogue>([["de", de]]);

/** Loads a language's catalogue once; call before showing the UI in it. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (!catalogues.has(locale)) catalogues.set(locale, await loaders[locale]());
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * The message `key` in `locale` with `{name}` placeholders filled in.
 *
 * @example
 * translate("en", "signups.count", { count: 3 }) //=> "3 sign-ups"
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message: string = catalogues.get(locale)?.[key] ?? de[key] ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Whether a string is a key of the catalogue (for labels of values the API sends as text). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(de, key);
}

const STORAGE_KEY = "coordination.locale";

function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && (LOCALES as string[]).includes(stored)) return stored as Locale;
  } catch {
    // Storage can be unavailable (privacy settings): German then.
  }
  return "de";
}

let current: Locale = storedLocale();
const listeners = new Set<() => void>();

/** The UI language now; the API client sends it as `Accept-Language`. */
export function currentLocale(): Locale {
  return current;
}

/** Switches the UI language (after loading its catalogue) and remembers the choice. */
export async function setLocale(locale: Locale): Promise<void> {
  if (locale === current) return;
  await loadLocale(locale);
  current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but switched.
  }
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
