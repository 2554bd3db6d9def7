import { resolveMessage } from "../i18n/messages.js";

/*
 * Intl formatters for dates in the district's time zone. Always with an explicit
 * `timeZone` (never the process's: Workers run in UTC) and the Gregorian calendar: the
 * appointments are in Germany, so a Farsi reader gets "۱۷ مارس ۲۰۲۶", not the Solar Hijri
 * date Intl would pick for `fa` by default. Formatters are cached: creating one costs more
 * than formatting hundreds of dates.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * The tag handed to Intl: plain `en` means British English here (day before month, 24-hour
 * clock: "Tuesday, 17 March 2026"), as on the rest of the site.
 */
function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}

/** A cached Intl formatter; languages Intl does not know fall back to British English. */
export function dateTimeFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  name: string,
): Intl.DateTimeFormat {
  const key = `${name}|${locale}|${timeZone}`;
  let format = cache.get(key);
  if (format === undefined) {
    const resolved = { ...options, calendar: "gregory", timeZone };
    try {
      format = new Intl.DateTimeFormat([intlLocale(locale), "en-GB"], resolved);
    } catch (error) {
      // A malformed language tag: format in British English. An unknown zone is a bug.
      if (!(error instanceof RangeError) || !isValidTimeZone(timeZone)) throw error;
      format = new Intl.DateTimeFormat("en-GB", resolved);
    }
    cache.set(key, format);
  }
  return format;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The language schedule texts ("Termin folgt") are shown in: the locale when its catalogue
 * has them, else English. Used so a Ukrainian page does not mix an Intl month name with
 * an English phrase.
 */
export function textLocale(locale: string): string {
  return resolveMessage(locale, "schedule.tentative").locale;
}
