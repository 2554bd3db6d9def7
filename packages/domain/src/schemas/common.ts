import * as z from "zod";
import type { MessageKey } from "../i18n/messages.js";
import { closedObject } from "./closed-object.js";

/**
 * Error option for a schema: a missing value is reported as "please fill in", anything
 * else with the given message key. Messages are keys; `formatIssues` renders them.
 */
export function keyed(key: MessageKey): (issue: { input?: unknown }) => MessageKey {
  return (issue) => (issue.input === undefined ? "field.required" : key);
}

/**
 * Identifier of a record or catalogue entry: lower-case letters, digits, `-` and `_`,
 * starting with a letter or digit. Ids end up in URLs, ICS UIDs and CSV files, so they
 * are kept to a safe alphabet.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** Whether a value passes {@link idSchema}, without building issues (for fast paths). */
export function isId(value: unknown): value is string {
  return typeof value === "string" && value.length <= 80 && ID_PATTERN.test(value);
}

// One issue per bad id: an empty one is missing, an over-long one stops there rather than
// failing the pattern a second time.
export const idSchema = z
  .string({ error: keyed("id.invalid") })
  .min(1, { error: "field.required", abort: true })
  .max(80, { error: "id.invalid", abort: true })
  .regex(ID_PATTERN, { error: "id.invalid" });

const LANGUAGE_TAG =
  /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?((?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*)$/i;

/**
 * Normalises the case of a BCP 47 tag (`AR-sy` → `ar-SY`, `ckb-arab` → `ckb-Arab`).
 * Deliberately *not* `Intl.getCanonicalLocales`: its alias data turns Dari (`prs`) into
 * `fa-AF` and Kurmanji (`kmr`) into `ku`, erasing distinctions matching depends on.
 *
 * @example
 * normalizeLanguageTag("KMR") //=> "kmr"
 */
export function normalizeLanguageTag(tag: string): string | undefined {
  const match = LANGUAGE_TAG.exec(tag.trim());
  if (!match) return undefined;
  const [, language = "", script, region, variants = ""] = match;
  return [
    language.toLowerCase(),
    script && script[0]?.toUpperCase() + script.slice(1).toLowerCase(),
    region?.toUpperCase(),
  ]
    .filter(Boolean)
    .join("-")
    .concat(variants.toLowerCase());
}

const knownLanguages = new Map<string, boolean>();
/**
 * ISO 639's codes that name no language a person speaks: undetermined, multiple, no
 * linguistic content, uncoded. Intl names some of them.
 */
const SPECIAL_CODES = new Set(["und", "mul", "zxx", "mis"]);
let languageNames: Intl.DisplayNames | undefined;

/**
 * Whether the platform can name the language of a tag — its primary language subtag —
 * through `Intl.DisplayNames` without falling back to the code. That rules out made-up
 * codes (`xx`, `zz-Latn`), the private-use range (`qaa`–`qtz`) and ISO 639's special codes
 * (`mul`, `zxx`, `und`, `mis`), while every language
 * in CLDR passes, including Dari (`prs`), Kurmanji (`kmr`), Sorani (`ckb`), Tigrinya
 * (`ti`) and Somali (`so`). A district can still offer a language CLDR does not know by
 * listing it in `languagesOffered` (see `schemasFor`).
 *
 * @example
 * isKnownLanguage("prs") //=> true
 * isKnownLanguage("ar-SY") //=> true
 * isKnownLanguage("zz-Latn") //=> false
 */
export function isKnownLanguage(tag: string): boolean {
  const primary = tag.split("-")[0]?.toLowerCase() ?? "";
  let known = knownLanguages.get(primary);
  if (known === undefined) {
    languageNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
    try {
      known = !SPECIAL_CODES.has(primary) && languageNames.of(primary) !== undefined;
    } catch {
      known = false;
    }
    knownLanguages.set(primary, known);
  }
  return known;
}

/**
 * A well-formed BCP 47 tag (language, optional script, region and variants), with its
 * case normalised — whether or not the platform knows the language. For lists a district
 * writes itself (`languagesOffered`), where naming a language is a deliberate choice.
 */
export const wellFormedLanguageTagSchema = z
  .string({ error: keyed("language.invalid") })
  .max(35, { error: "language.invalid" })
  .transform((tag, ctx) => {
    const normalized = normalizeLanguageTag(tag);
    if (normalized) return normalized;
    ctx.addIssue({ code: "custom", message: "language.invalid", input: tag });
    return z.NEVER;
  });

/**
 * A language tag whose language passes `accept`, after case normalisation; otherwise the
 * issue `language.unknown` naming the tag. Used by the schemas narrowed to a district.
 */
export function languageTagSchemaWhere(accept: (tag: string) => boolean) {
  return wellFormedLanguageTagSchema.transform((tag, ctx) => {
    if (accept(tag)) return tag;
    ctx.addIssue({ code: "custom", message: "language.unknown", params: { tag }, input: tag });
    return z.NEVER;
  });
}

/**
 * A BCP 47 language tag such as `ar`, `fa`, `prs` (Dari), `kmr` (Kurmanji) or `ckb`
 * (Sorani): language, optional script, region and variants, of a language the platform
 * can name (see {@link isKnownLanguage}). Two-letter ISO 639-1 codes are not enough for
 * the languages newcomers speak.
 */
export const languageTagSchema = languageTagSchemaWhere(isKnownLanguage);
export type LanguageTag = z.output<typeof languageTagSchema>;

/** A calendar date without time (`2026-03-17`), interpreted in the district's time zone. */
export const isoDateSchema = z.iso.date({ error: keyed("date.invalid") });

/** An instant with an explicit offset (`2026-03-17T18:00:00+01:00` or `…Z`). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: keyed("datetime.invalid") });

/** A local wall-clock time `HH:MM` (24 h). */
export const localTimeSchema = z
  .string({ error: keyed("time.invalid") })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "time.invalid" });

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z
  .number({ error: keyed("weekday.invalid") })
  .int({ error: "weekday.invalid" })
  .min(1, { error: "weekday.invalid" })
  .max(7, { error: "weekday.invalid" });

const text = z.string().trim().min(1);

/**
 * Text in several languages, keyed by BCP 47 tag. German and English are required:
 * German is the language of the district, English the bridge language for everyone else.
 * Further keys must be tags of languages the platform knows, so that a typo such as
 * `dee` is reported instead of being kept as a language nobody reads.
 */
export const localizedTextSchema = z
  .object({ de: text, en: text })
  .catchall(text)
  .superRefine(
    (value, ctx) => {
      for (const key of Object.keys(value)) {
        if (key === "de" || key === "en") continue;
        const tag = normalizeLanguageTag(key);
        if (tag === key && isKnownLanguage(tag)) continue;
        ctx.addIssue({
          code: "custom",
          message: "field.unknownKey",
          params: { known: "de,en" },
          path: [key],
          input: key,
        });
      }
    },
    // Also when `de` or `en` is missing: every problem in one round.
    { when: ({ value }) => typeof value === "object" && value !== null && !Array.isArray(value) },
  );
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** A weekly window in local time, e.g. Tuesdays 18:00–20:00. */
export const weeklySlotSchema = closedObject({
  weekday: weekdaySchema,
  from: localTimeSchema,
  to: localTimeSchema,
}).refine((slot) => slot.from < slot.to, { error: "time.range", path: ["to"] });
export type WeeklySlot = z.output<typeof weeklySlotSchema>;
