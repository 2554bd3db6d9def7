import { district } from "../config";
import type { Locale } from "../i18n/locales";

/**
 * How long a certificate is valid, in words of the page's language („3 Jahre“, „1 Jahr“,
 * „18 Monate“, „3 года“), or undefined when certificates do not expire. Intl's duration
 * format knows each language's plural forms, so no page writes „1 Jahre“.
 *
 * @example
 * certificateValidity("de") //=> "3 Jahre"
 */
export function certificateValidity(locale: Locale): string | undefined {
  const months = district.certificationPolicy.validityMonths;
  if (!months) return undefined;
  const duration = months % 12 === 0 ? { years: months / 12 } : { months };
  return new Intl.DurationFormat(locale, { style: "long" }).format(duration);
}
