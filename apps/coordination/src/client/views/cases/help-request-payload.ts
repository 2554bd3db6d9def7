import type { HelpRequestForm } from "@integrationspaten/domain";
import { formatDay, weekdays } from "../../format/dates.js";
import { languageName } from "../../format/district-labels.js";
import type { Locale } from "../../i18n/locale.js";
import type { Translate } from "../../i18n/use-i18n.js";

/** The form a help request was sent with (the site validated it with the domain's schema). */
export function helpRequestForm(request: Record<string, unknown>): Partial<HelpRequestForm> {
  return request as Partial<HelpRequestForm>;
}

/**
 * The requester's languages by name, the first marked as the preferred one when there are
 * several („Arabisch (bevorzugt), Französisch“).
 */
export function requesterLanguages(tags: readonly string[], t: Translate, locale: Locale): string {
  return tags
    .map((tag, index) =>
      index === 0 && tags.length > 1
        ? t("cases.preferredLanguage", { language: languageName(tag, locale) })
        : languageName(tag, locale),
    )
    .join(", ");
}

/** The weekdays that suit, by name („Montag, Mittwoch“), or „jeder Werktag“. */
export function weekdayText(form: Partial<HelpRequestForm>, t: Translate, locale: Locale): string {
  const days = weekdays(locale);
  return form.weekdays?.length
    ? form.weekdays.map((d) => days.find((day) => day.value === d)?.name ?? String(d)).join(", ")
    : t("helpRequest.anyDay");
}

/** The parts of the day that suit („vormittags, abends“), or „jederzeit“. */
export function timesOfDayText(form: Partial<HelpRequestForm>, t: Translate): string {
  return form.timesOfDay?.length
    ? form.timesOfDay.map((time) => t(`timeOfDay.${time}`)).join(", ")
    : t("helpRequest.anyTime");
}

/**
 * When the requester can, in one line: the named date or the weekdays, and the parts of
 * the day („Di., 03.12.2026, vormittags“; „Montag, Mittwoch – abends“). With a date the
 * weekdays do not count (as in the domain's matching).
 */
export function preferredTimesText(
  form: Partial<HelpRequestForm>,
  t: Translate,
  locale: Locale,
): string {
  const days = form.preferredDate
    ? formatDay(form.preferredDate, locale)
    : weekdayText(form, t, locale);
  return t("cases.preferredTimes", { days, times: timesOfDayText(form, t) });
}
