import type { Localized, MessageLocale } from "./errors.js";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<a href="x">') //=> "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Labels of the form fields, for the HTML list of problems (the site uses the same words). */
const FIELD_LABELS: Record<string, Localized> = {
  name: { de: "Name", en: "Name" },
  contactName: { de: "Name", en: "Name" },
  email: { de: "E-Mail-Adresse", en: "E-mail address" },
  contactEmail: { de: "E-Mail-Adresse", en: "E-mail address" },
  phone: { de: "Telefonnummer", en: "Phone number" },
  contactPhone: { de: "Telefonnummer", en: "Phone number" },
  municipality: { de: "Gemeinde", en: "Municipality" },
  languages: { de: "Sprachen", en: "Languages" },
  categories: { de: "Bereiche", en: "Areas" },
  category: { de: "Art der Hilfe", en: "Kind of help" },
  availabilityNote: { de: "Verfügbarkeit", en: "Availability" },
  motivation: { de: "Motivation", en: "Motivation" },
  requesterRole: { de: "Für wen", en: "For whom" },
  organisation: { de: "Organisation", en: "Organisation" },
  preferredDate: { de: "Wunschtermin", en: "Preferred date" },
  weekdays: { de: "Wochentage", en: "Weekdays" },
  timesOfDay: { de: "Tageszeiten", en: "Times of day" },
  description: { de: "Beschreibung", en: "Description" },
  consent: { de: "Datenschutz", en: "Privacy" },
  // The certificate check's query parameter.
  number: { de: "Zertifikatsnummer", en: "Certificate number" },
};

/** The label of a field path such as `languages.0.level` (its first segment decides). */
export function fieldLabel(field: string, locale: MessageLocale): string | undefined {
  const first = field.split(".")[0] ?? "";
  return Object.hasOwn(FIELD_LABELS, first) ? FIELD_LABELS[first]?.[locale] : undefined;
}

/** High contrast, large type, system fonts; the definition list is the certificate check's. */
const STYLE =
  "body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:0 auto}a{color:#0b4f8a}li{margin:.5rem 0}dt{font-weight:700}dd{margin:0 0 .75rem}";

const UI = {
  back: { de: "Zurück zum Formular", en: "Back to the form" },
  backTip: {
    de: "Tipp: Mit der Zurück-Funktion Ihres Browsers bleiben Ihre Eingaben meist erhalten.",
    en: "Tip: your browser's back button usually keeps what you entered.",
  },
  nothingStored: { de: "Es wurde nichts gespeichert.", en: "Nothing was stored." },
  problems: {
    de: (n: number) => (n === 1 ? "1 Problem" : `${n} Probleme`),
    en: (n: number) => (n === 1 ? "1 problem" : `${n} problems`),
  },
  siteName: { de: "Integrationspatinnen und -paten", en: "Integration companions" },
} as const;

export interface ErrorPage {
  readonly locale: MessageLocale;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** Absolute URL of the form to go back to, if known. */
  readonly backUrl: string | undefined;
  readonly issues?: readonly { readonly field: string; readonly message: string }[];
  /** Whether to say that nothing was stored (true for every refusal before storing). */
  readonly nothingStored: boolean;
}

/**
 * An accessible, self-contained HTML error page (no scripts, no external resources): a
 * heading, what happened, the list of problems with field labels, and a link back.
 * Every embedded string is escaped.
 */
export function renderErrorPage(page: ErrorPage): string {
  const { locale } = page;
  const issues = page.issues ?? [];
  const list =
    issues.length === 0
      ? ""
      : `<h2 id="problems">${escapeHtml(UI.problems[locale](issues.length))}</h2>
<ul aria-labelledby="problems">
${issues
  .map((issue) => {
    const label = fieldLabel(issue.field, locale);
    return `<li>${label ? `<strong>${escapeHtml(label)}:</strong> ` : ""}${escapeHtml(issue.message)}</li>`;
  })
  .join("\n")}
</ul>`;
  const back = page.backUrl
    ? `<p><a href="${escapeHtml(page.backUrl)}">${escapeHtml(UI.back[locale])}</a></p>
<p>${escapeHtml(UI.backTip[locale])}</p>`
    : "";
  return renderDocument(
    locale,
    page.title,
    `<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}${page.nothingStored ? ` ${escapeHtml(UI.nothingStored[locale])}` : ""}</p>
${list}
<p>${escapeHtml(page.hint)}</p>
${back}`,
  );
}

/**
 * The frame of every HTML page the worker answers with (error pages, the certificate
 * check's result): language, viewport, no indexing, the site's name in the title, one
 * small inline stylesheet (the page's own CSP allows only that) and `body` in `<main>`.
 * `body` is trusted markup; `title` is escaped here.
 */
export function renderDocument(locale: MessageLocale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(UI.siteName[locale])}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
