import { languageName as domainLanguageName } from "@integrationspaten/domain";
import { workspaceDistrict } from "../../shared/district.js";
import type { Locale } from "../i18n/locale.js";

/*
 * Names of the district's references (municipalities, coordination points, request
 * categories, curriculum modules, languages) in the UI language. An id the district does
 * not know (any more) is shown as it is rather than hidden.
 */

const { district } = workspaceDistrict();

export function municipalityName(id: string): string {
  return district.municipalities.find((m) => m.id === id)?.name ?? id;
}

export function pointName(id: string): string {
  return district.coordinationPoints.find((p) => p.id === id)?.name ?? id;
}

export function categoryLabel(id: string, locale: Locale): string {
  return district.categories.find((c) => c.id === id)?.label[locale] ?? id;
}

/** The district's municipalities with their names, in the district's order. */
export function municipalityOptions(): { value: string; label: string }[] {
  return district.municipalities.map((m) => ({ value: m.id, label: m.name }));
}

/** The district's request categories with their labels, in the district's order. */
export function categoryOptions(locale: Locale): { value: string; label: string }[] {
  return district.categories.map((c) => ({ value: c.id, label: c.label[locale] }));
}

export function moduleLabel(id: string, locale: Locale): string {
  return district.curriculum.modules.find((m) => m.id === id)?.label[locale] ?? id;
}

/**
 * A language's name in the UI language, from `Intl.DisplayNames` through the domain's
 * `languageName` — which keeps Kurmanji (`kmr`) and Sorani (`ckb`) apart where CLDR says
 * „Kurdisch“ and „Zentralkurdisch“ — or the district's own name for a tag the platform
 * cannot name.
 *
 * @example
 * languageName("kmr", "de") //=> "Kurmandschi"
 */
export function languageName(tag: string, locale: Locale): string {
  return district.languageNames[tag]?.[locale] ?? domainLanguageName(tag, locale);
}

/** The offered languages with their names, sorted by name in the UI language. */
export function offeredLanguages(locale: Locale): { tag: string; name: string }[] {
  return district.languagesOffered
    .map((tag) => ({ tag, name: languageName(tag, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The offered languages as choices of a select, sorted by name in the UI language. */
export function languageOptions(locale: Locale): { value: string; label: string }[] {
  return offeredLanguages(locale).map(({ tag, name }) => ({ value: tag, label: name }));
}

export function languageList(tags: readonly string[], locale: Locale): string {
  return tags.map((tag) => languageName(tag, locale)).join(", ");
}
