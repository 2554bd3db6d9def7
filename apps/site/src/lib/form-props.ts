import {
  CERTIFICATE_CHECK,
  SUBMISSION_ENDPOINTS,
  TIME_OF_DAY_WINDOWS,
  thankYouPath,
} from "@integrationspaten/domain";
import { district, siteEnvironment } from "../config";
import { LOCALE_INFO, type Locale } from "../i18n/locales";
import { pathOrFallback } from "../i18n/routes";
import { categoryText, UI_STRINGS } from "../i18n/translate";
import type { CertificateCheckProps } from "../islands/certificate-check-model";
import type {
  FormProps,
  HelpRequestFormProps,
  VolunteerSignupFormProps,
} from "../islands/form-model";

/** When this build ran; the plain HTML form carries it in `FORM_META_FIELDS.startedAt`. */
const BUILD_TIME = Date.now();

function stringsFor(locale: Locale, prefixes: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(UI_STRINGS[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
}

/**
 * Names of the offered languages in the page language, with the name in the language
 * itself (so that someone who cannot read the page still finds their language).
 */
export function languageOptions(locale: Locale) {
  const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  return district.languagesOffered.map((tag) => {
    const label = names.of(tag) ?? tag;
    let autonym: string | undefined;
    try {
      autonym = new Intl.DisplayNames([tag], { type: "language", fallback: "none" }).of(tag);
    } catch {
      autonym = undefined;
    }
    return {
      value: tag,
      label,
      ...(autonym && autonym !== label && autonym !== tag ? { autonym } : {}),
    };
  });
}

function common(locale: Locale, idPrefix: string, action: string, thanksPath: string): FormProps {
  const privacy = pathOrFallback("privacy", locale);
  return {
    locale,
    idPrefix,
    action,
    thanksPath,
    privacyPath: privacy.path,
    ...(privacy.locale !== locale ? { privacyLang: privacy.locale } : {}),
    renderedAt: BUILD_TIME,
    retentionDays: "",
    strings: stringsFor(locale, ["form.", "help.", "volunteer."]),
    municipalities: district.municipalities.map((m) => ({
      value: m.id,
      label: m.name,
      lang: "de",
    })),
    categories: categoryOptions(locale, "requester"),
    languages: languageOptions(locale),
  };
}

/**
 * The kinds of help as checkboxes, with hints for whoever fills in the form: a person
 * asking for help reads the catalogue's hint ("Bitte fragen Sie früh an"); a volunteer
 * reads instead what a kind of help asks of them (an extended certificate of good conduct).
 */
function categoryOptions(locale: Locale, reader: "requester" | "volunteer") {
  const goodConduct = UI_STRINGS[locale]["volunteer.categories.goodConduct"];
  return district.categories.map((category) => {
    const description = categoryText(category, "description", locale) ?? "";
    const hint =
      reader === "requester"
        ? categoryText(category, "hint", locale)
        : category.requiresGoodConduct
          ? goodConduct
          : undefined;
    return {
      value: category.id,
      label: categoryText(category, "label", locale) ?? category.id,
      hint: hint ? `${description} ${hint}` : description,
    };
  });
}

/** Everything the help request island needs, in one language. */
export function helpRequestFormProps(locale: Locale): HelpRequestFormProps {
  const number = new Intl.NumberFormat(locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday (ISO weekday 1).
  const weekdays = [1, 2, 3, 4, 5, 6].map((day) => ({
    value: String(day),
    label: weekday.format(new Date(Date.UTC(2024, 0, day))),
  }));
  const timeFormat = (hhmm: string) =>
    new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
      new Date(`2024-01-01T${hhmm}:00Z`),
    );
  const timesOfDay = (["morning", "afternoon", "evening"] as const).map((part) => ({
    value: part,
    label: UI_STRINGS[locale][`help.times.${part}`] ?? part,
    hint: `${timeFormat(TIME_OF_DAY_WINDOWS[part].from)} – ${timeFormat(TIME_OF_DAY_WINDOWS[part].to)}`,
  }));
  return {
    ...common(
      locale,
      "hr",
      `${siteEnvironment.formsWorkerUrl}${SUBMISSION_ENDPOINTS.help_request}`,
      thankYouPath("help_request", locale),
    ),
    retentionDays: number.format(district.retention.closedRequestsDays),
    weekdays,
    timesOfDay,
    // On a page in Arabic, Farsi … the person most likely speaks that language.
    preselectedLanguages:
      LOCALE_INFO[locale].coverage === "summary" && district.languagesOffered.includes(locale)
        ? [locale]
        : [],
  };
}

/** Everything the volunteer sign-up island needs, in one language. */
export function volunteerSignupFormProps(locale: Locale): VolunteerSignupFormProps {
  return {
    ...common(
      locale,
      "vs",
      `${siteEnvironment.formsWorkerUrl}${SUBMISSION_ENDPOINTS.volunteer_signup}`,
      thankYouPath("volunteer_signup", locale),
    ),
    retentionDays: new Intl.NumberFormat(locale).format(district.retention.unansweredSignupsDays),
    categories: categoryOptions(locale, "volunteer"),
  };
}

/** The forms' strings the certificate check shares with them. */
const CHECK_FORM_STRINGS = ["form.required", "form.optional", "form.errorPrefix"];

/** Everything the certificate check island needs (German and English pages). */
export function certificateCheckProps(locale: "de" | "en"): CertificateCheckProps {
  return {
    locale,
    idPrefix: "cc",
    action: `${siteEnvironment.formsWorkerUrl}${CERTIFICATE_CHECK.endpoint}`,
    numberParameter: CERTIFICATE_CHECK.numberParameter,
    // Only what the island shows; the page's own texts stay out of its props.
    strings: Object.fromEntries(
      Object.entries(
        stringsFor(locale, [
          "certificateCheck.form.",
          "certificateCheck.number.",
          "certificateCheck.name.",
          "certificateCheck.submit",
          "certificateCheck.checking",
          "certificateCheck.result.",
          "certificateCheck.problem.",
          "form.",
        ]),
      ).filter(([key]) => !key.startsWith("form.") || CHECK_FORM_STRINGS.includes(key)),
    ),
  };
}
