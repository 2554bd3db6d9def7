import type { LanguageLevel, LanguageSkill } from "../schemas/language-skill.js";

/*
 * When two language tags mean the same spoken language. A region or script usually only
 * narrows a language (`ar-SY` is Arabic), so matching compares the primary language
 * subtag — except where a regional tag names a different language people must not be
 * matched across: `fa-AF` is Dari (`prs`), not Farsi (`fa`). Kurmanji (`kmr`), Sorani
 * (`ckb`) and the ambiguous macrolanguage tag `ku` have different primary subtags and so
 * stay apart. (No `Intl.getCanonicalLocales` here: it turns `kmr` into `ku`.)
 */

/** English and French, the bridge languages named in the domain notes. */
export const DEFAULT_BRIDGE_LANGUAGES: readonly string[] = ["en", "fr"];

/** Regional tags that are a language of their own: primary subtag → region → language. */
const REGIONAL_LANGUAGES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fa: { af: "prs" },
};

const keys = new Map<string, string>();

/** The part of a tag that decides which spoken language it is (cached per tag). */
function languageKey(tag: string): string {
  const known = keys.get(tag);
  if (known !== undefined) return known;
  const [primary = "", ...rest] = tag.trim().toLowerCase().split("-");
  const regional = REGIONAL_LANGUAGES[primary];
  const key = (regional && rest.map((subtag) => regional[subtag]).find(Boolean)) || primary;
  keys.set(tag, key);
  return key;
}

// Matching compares one request's languages with thousands of volunteers' skills.
const keyLists = new WeakMap<readonly string[], readonly string[]>();
function keysOf(tags: readonly string[]): readonly string[] {
  let list = keyLists.get(tags);
  if (!list) {
    list = tags.map(languageKey);
    keyLists.set(tags, list);
  }
  return list;
}

/**
 * Whether two BCP 47 tags name the same spoken language. Regions and scripts are ignored
 * except where they make a different language (Dari `fa-AF`/`prs` vs Farsi `fa`).
 *
 * @example
 * sameLanguage("ar", "ar-SY")
 * //=> true
 * sameLanguage("prs", "fa")
 * //=> false
 * sameLanguage("prs", "fa-AF")
 * //=> true
 * sameLanguage("kmr", "ckb")
 * //=> false
 */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || languageKey(a) === languageKey(b);
}

/** The person's languages split into their own languages and shared bridge languages. */
export interface LanguageNeeds {
  /** Languages a volunteer should speak, the person's most preferred first. */
  needed: string[];
  /** Bridge languages (English, French) the person also speaks, in the person's order. */
  bridge: string[];
}

/**
 * Splits the languages a person listed into the languages they need and the bridge
 * languages they can fall back to. A bridge language counts as *needed* only when the
 * person lists nothing else: for someone who speaks only French, French is their language.
 *
 * @example
 * languageNeeds(["ti", "en"])
 * //=> { needed: ["ti"], bridge: ["en"] }
 * languageNeeds(["fr"])
 * //=> { needed: ["fr"], bridge: [] }
 */
export function languageNeeds(
  languages: readonly string[],
  bridgeLanguages: readonly string[] = DEFAULT_BRIDGE_LANGUAGES,
): LanguageNeeds {
  const isBridge = (tag: string) => bridgeLanguages.some((b) => sameLanguage(b, tag));
  const needed = languages.filter((tag) => !isBridge(tag));
  if (needed.length === 0) return { needed: [...languages], bridge: [] };
  return { needed, bridge: languages.filter(isBridge) };
}

/** Levels good enough to accompany someone; `basic` never is. */
export type UsableLevel = Exclude<LanguageLevel, "basic">;

/** The best way a volunteer shares one of a list of languages. */
export interface LanguageMatch {
  /** The tag as the request lists it. */
  language: string;
  /** The tag as the volunteer gave it (`ar-SY` where the request says `ar`). */
  spoken: string;
  /** The volunteer's level in it. */
  level: UsableLevel;
  /** Position in the list (0 = the person's most preferred language). */
  position: number;
}

/**
 * The volunteer's best usable match among `languages`: native before fluent, then the
 * earlier language in the list. `basic` does not count.
 *
 * @example
 * bestLanguageMatch([{ language: "fa", level: "native" }, { language: "ar", level: "fluent" }], ["ar", "fa"])
 * //=> { language: "fa", spoken: "fa", level: "native", position: 1 }
 */
export function bestLanguageMatch(
  skills: readonly LanguageSkill[],
  languages: readonly string[],
): LanguageMatch | undefined {
  if (languages.length === 0) return undefined;
  const wanted = keysOf(languages);
  let best: LanguageMatch | undefined;
  for (const skill of skills) {
    if (skill.level === "basic") continue;
    const position = wanted.indexOf(languageKey(skill.language));
    if (position < 0) continue;
    const language = languages[position] as string;
    const candidate: LanguageMatch = {
      language,
      spoken: skill.language,
      level: skill.level,
      position,
    };
    if (!best || compareMatches(candidate, best) < 0) best = candidate;
  }
  return best;
}

function compareMatches(a: LanguageMatch, b: LanguageMatch): number {
  if (a.level !== b.level) return a.level === "native" ? -1 : 1;
  return a.position - b.position;
}

/**
 * The first of `languages` the volunteer speaks only at `basic` level — useful to say why
 * someone who "speaks Arabic a little" is not suggested.
 *
 * @example
 * basicOnlyLanguage([{ language: "ar", level: "basic" }], ["ar"])
 * //=> "ar"
 */
export function basicOnlyLanguage(
  skills: readonly LanguageSkill[],
  languages: readonly string[],
): string | undefined {
  const wanted = keysOf(languages);
  let first: number | undefined;
  for (const skill of skills) {
    if (skill.level !== "basic") continue;
    const position = wanted.indexOf(languageKey(skill.language));
    if (position >= 0 && (first === undefined || position < first)) first = position;
  }
  return first === undefined ? undefined : languages[first];
}
