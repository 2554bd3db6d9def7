import type { Localized, MessageLocale } from "../http/errors.js";
import { escapeHtml, renderDocument } from "../http/html.js";
import type { CertificateCheckAnswer, CertificateCheckResult, NameOutcome } from "./answer.js";

/*
 * The certificate check's answer as an HTML page, for browsers without JavaScript: the
 * site's check page is a plain form that sends a GET here. A heading that says the result
 * in words, the facts as a definition list, what happened to the name typed, and a link
 * back to the check page. Every embedded value is escaped.
 */

const TITLES: Readonly<Record<CertificateCheckResult, Localized>> = {
  valid: { de: "Das Zertifikat ist gültig", en: "The certificate is valid" },
  expired: { de: "Das Zertifikat ist abgelaufen", en: "The certificate has expired" },
  revoked: { de: "Das Zertifikat wurde widerrufen", en: "The certificate was revoked" },
  unknown: { de: "Kein Zertifikat mit dieser Nummer", en: "No certificate with this number" },
};

const TEXT = {
  valid: {
    de: "Unter dieser Nummer hat der Landkreis ein Zertifikat ausgestellt, das heute gilt.",
    en: "The district issued a certificate with this number, and it is valid today.",
  },
  expired: {
    de: "Unter dieser Nummer hat der Landkreis ein Zertifikat ausgestellt; seine Gültigkeit ist abgelaufen.",
    en: "The district issued a certificate with this number; it is no longer valid.",
  },
  revoked: {
    de: "Unter dieser Nummer hat der Landkreis ein Zertifikat ausgestellt und später widerrufen. Es gilt nicht mehr.",
    en: "The district issued a certificate with this number and later revoked it. It is no longer valid.",
  },
  unknown: {
    de: "Die Nummer ist richtig aufgebaut, aber unter ihr wurde kein Zertifikat ausgestellt. Vergleichen Sie sie noch einmal mit dem Zertifikat. Stimmt sie überein, stammt das Zertifikat nicht aus diesem Programm.",
    en: "The number is well formed, but no certificate was issued with it. Compare it with the certificate once more. If it is the same, the certificate does not come from this programme.",
  },
  number: { de: "Zertifikatsnummer", en: "Certificate number" },
  district: { de: "Ausgestellt von", en: "Issued by" },
  issuedOn: { de: "Ausgestellt am", en: "Issued on" },
  validUntil: { de: "Gültig bis", en: "Valid until" },
  noExpiry: { de: "ohne Ablaufdatum", en: "no expiry date" },
  revokedOn: { de: "Widerrufen am", en: "Revoked on" },
  holder: { de: "Inhaberin oder Inhaber", en: "Holder" },
  nameMatched: {
    de: "Der eingegebene Name stimmt mit dem Namen auf dem Zertifikat überein.",
    en: "The name you entered is the name on the certificate.",
  },
  nameNotConfirmed: {
    de: "Den eingegebenen Namen können wir nicht bestätigen. Vergleichen Sie ihn mit dem Zertifikat und einem Ausweis.",
    en: "We cannot confirm the name you entered. Compare it with the certificate and an identity document.",
  },
  nameNone: {
    de: "Den Namen der Inhaberin oder des Inhabers zeigen wir nur, wenn Sie ihn eingeben und er übereinstimmt.",
    en: "We show the holder's name only if you enter it and it matches.",
  },
  again: { de: "Ein weiteres Zertifikat prüfen", en: "Check another certificate" },
} as const satisfies Record<string, Localized>;

/** A calendar date `YYYY-MM-DD` as words: "17. März 2026", "17 March 2026". */
export function formatCalendarDate(date: string, locale: MessageLocale): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(instant);
}

export interface CertificateCheckPage {
  readonly locale: MessageLocale;
  readonly answer: CertificateCheckAnswer;
  readonly name: NameOutcome;
  /** Absolute URL of the site's check page in this language. */
  readonly checkPageUrl: string;
}

/**
 * The result page.
 *
 * @example
 * renderCertificateCheckPage({ locale: "de", answer, name: "none", checkPageUrl })
 * //=> "<!doctype html>…<h1>Das Zertifikat ist gültig</h1>…"
 */
export function renderCertificateCheckPage(page: CertificateCheckPage): string {
  const { locale, answer } = page;
  const title = TITLES[answer.result][locale];
  const row = (label: Localized, value: string, lang?: string) =>
    `<dt>${escapeHtml(label[locale])}</dt>\n<dd${lang ? ` lang="${lang}"` : ""}>${escapeHtml(value)}</dd>`;
  const rows = [row(TEXT.number, answer.number)];
  if (answer.result !== "unknown") {
    // The district's name is German whatever the page's language.
    rows.push(row(TEXT.district, answer.district, locale === "de" ? undefined : "de"));
    if (answer.issuedOn) rows.push(row(TEXT.issuedOn, formatCalendarDate(answer.issuedOn, locale)));
    rows.push(
      row(
        TEXT.validUntil,
        answer.validUntil ? formatCalendarDate(answer.validUntil, locale) : TEXT.noExpiry[locale],
      ),
    );
    if (answer.revokedOn) {
      rows.push(row(TEXT.revokedOn, formatCalendarDate(answer.revokedOn, locale)));
    }
    if (answer.holder !== undefined) rows.push(row(TEXT.holder, answer.holder));
  }
  const nameNote =
    answer.result === "unknown"
      ? ""
      : `<p>${escapeHtml(
          (page.name === "matched"
            ? TEXT.nameMatched
            : page.name === "not_confirmed"
              ? TEXT.nameNotConfirmed
              : TEXT.nameNone)[locale],
        )}</p>`;
  return renderDocument(
    locale,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(TEXT[answer.result][locale])}</p>
<dl>
${rows.join("\n")}
</dl>
${nameNote}
<p><a href="${escapeHtml(page.checkPageUrl)}">${escapeHtml(TEXT.again[locale])}</a></p>`,
  );
}
