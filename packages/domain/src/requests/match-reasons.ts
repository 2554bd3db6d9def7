import {
  type MessageKey,
  type MessageParams,
  resolveMessage,
  translate,
} from "../i18n/messages.js";
import type { Municipality } from "../schemas/municipality.js";
import type { RequestCategory } from "./category.js";

/**
 * Why a volunteer is suggested at its place, or why it is not suggested. `code` is a
 * stable message key; `params` hold the machine values (`language: "ar"`,
 * `municipality: "alzey-land"`, `count: 2`) plus the names they were rendered with
 * (`languageName: "Arabisch"`), so that a UI can show either. Reasons are frozen and
 * shared between volunteers: thousands of "Pausiert zurzeit." are one object.
 */
export interface MatchReason {
  readonly code: MessageKey;
  readonly params: MessageParams;
  readonly message: string;
}

/**
 * A reason before rendering: its code and the locale-independent parameters. A frozen
 * draft promises to be reused (one object for every paused volunteer), so the renderer
 * remembers it by identity.
 */
export interface ReasonDraft {
  readonly code: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/*
 * Intl names Kurmanji (`kmr`) just "Kurdish"/"Kurdisch" — the same as the macrolanguage
 * `ku` — and Sorani (`ckb`) "Central Kurdish". Coordinators and the people asking for
 * help know them as Kurmanji and Sorani.
 */
const LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: { kmr: "Kurmandschi", ckb: "Sorani" },
  en: { kmr: "Kurmanji", ckb: "Sorani" },
};

/** Turns drafts into rendered reasons in one language. */
export type ReasonRenderer = (draft: ReasonDraft) => MatchReason;

interface Formatters {
  locale: string;
  languages: Intl.DisplayNames;
  list: Intl.ListFormat;
  date: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  languageNames: Map<string, string>;
}

const formattersByLocale = new Map<string, Formatters>();

function createFormatters(locale: string): Formatters {
  return {
    locale,
    languages: new Intl.DisplayNames([locale], { type: "language", fallback: "code" }),
    list: new Intl.ListFormat(locale, { type: "disjunction" }),
    date: new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
    weekday: new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }),
    languageNames: new Map(),
  };
}

function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    try {
      formatters = createFormatters(locale);
    } catch {
      // Not a locale Intl accepts: names in English, like the messages.
      formatters = formattersFor("en");
    }
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/**
 * The name of a language in `locale`, falling back to the tag itself when `Intl` does
 * not know it.
 *
 * @example
 * languageName("prs", "de")
 * //=> "Dari"
 * languageName("kmr", "en")
 * //=> "Kurmanji"
 */
export function languageName(tag: string, locale: string): string {
  const formatters = formattersFor(locale);
  let name = formatters.languageNames.get(tag);
  if (name === undefined) {
    const base = formatters.locale.split("-")[0] ?? "";
    name = (LANGUAGE_NAMES[formatters.locale] ?? LANGUAGE_NAMES[base])?.[tag];
    if (name === undefined) {
      try {
        name = formatters.languages.of(tag) ?? tag;
      } catch {
        name = tag;
      }
    }
    formatters.languageNames.set(tag, name);
  }
  return name;
}

function isoDateToUtc(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/** Parameters that name something, and how to get that name. */
type Namer = (value: string) => string;

/**
 * Creates a renderer that adds display names for known parameters and translates:
 * `language` → `languageName`, `languages`/`bridgeLanguages` (comma-separated tags) →
 * `languageNames`/`bridgeLanguageNames`, `municipality` → `municipalityName`,
 * `category` → `categoryLabel`, `date` → `dateText`, `weekday` → `weekdayName`.
 *
 * @example
 * const render = reasonRenderer("de", { municipalities, categories });
 * render({ code: "match.language.native", params: { language: "ar" } }).message
 * //=> "Spricht Arabisch als Muttersprache."
 */
export function reasonRenderer(
  locale: string,
  names: {
    municipalities: readonly Pick<Municipality, "id" | "name">[];
    categories: readonly Pick<RequestCategory, "id" | "label">[];
    /** The district's own names of languages the platform cannot name (`languageNames`). */
    languageNames?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  },
): ReasonRenderer {
  const municipalityNames = new Map(names.municipalities.map((m) => [m.id, m.name]));
  const namersByLocale = new Map<string, Readonly<Record<string, readonly [string, Namer]>>>();
  const namersFor = (nameLocale: string) => {
    let namers = namersByLocale.get(nameLocale);
    if (namers) return namers;
    const formatters = formattersFor(nameLocale);
    const categoryLabels = new Map(
      names.categories.map((c) => [c.id, c.label[nameLocale] ?? c.label.en]),
    );
    const nameOf = (tag: string) => {
      const own = names.languageNames?.[tag];
      return own ? (own[nameLocale] ?? own.en ?? tag) : languageName(tag, nameLocale);
    };
    const languageList = (tags: string) =>
      formatters.list.format(tags.split(", ").filter(Boolean).map(nameOf));
    namers = {
      language: ["languageName", nameOf],
      languages: ["languageNames", languageList],
      bridgeLanguages: ["bridgeLanguageNames", languageList],
      municipality: ["municipalityName", (id) => municipalityNames.get(id) ?? id],
      category: ["categoryLabel", (id) => categoryLabels.get(id) ?? id],
      date: ["dateText", (date) => formatters.date.format(isoDateToUtc(date))],
      // 1 January 2024 was a Monday, so day n of that month is ISO weekday n.
      weekday: ["weekdayName", (day) => formatters.weekday.format(Date.UTC(2024, 0, Number(day)))],
    };
    namersByLocale.set(nameLocale, namers);
    return namers;
  };
  // Most reasons repeat across thousands of volunteers ("Pausiert zurzeit."), so each
  // distinct reason is rendered once and the same frozen object is handed out again.
  const byKey = new Map<string, MatchReason>();
  const byDraft = new Map<ReasonDraft, MatchReason>();

  return (draft) => {
    const known = byDraft.get(draft);
    if (known) return known;
    const { code, params } = draft;
    const key = params ? `${code}\u0000${Object.values(params).join("\u0000")}` : code;
    let reason = byKey.get(key);
    if (reason === undefined) {
      const full: Record<string, string | number> = { ...params };
      // Names in the language the message really renders in (English for a missing one).
      const namers = namersFor(resolveMessage(locale, code).locale);
      for (const [name, value] of Object.entries(params ?? {})) {
        const namer = namers[name];
        if (namer) full[namer[0]] = namer[1](String(value));
      }
      const message = translate(locale, code, full);
      reason = Object.freeze({ code, params: Object.freeze(full), message });
      byKey.set(key, reason);
    }
    if (Object.isFrozen(draft)) byDraft.set(draft, reason);
    return reason;
  };
}
