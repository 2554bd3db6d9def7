/**
 * The worker's one catalogue of HTTP errors. A `code` never changes once published
 * (clients and logs key on it); the message says what happened, the hint what to do. Both
 * exist in German and English; the central error handler (src/http/router.ts) picks the
 * language and renders JSON or, for plain form posts, an HTML page.
 */
export interface CatalogueEntry {
  readonly status: number;
  /** Short heading of the HTML error page. */
  readonly title: Localized;
  readonly message: Localized;
  readonly hint: Localized;
}

export interface Localized {
  readonly de: string;
  readonly en: string;
}

/** Languages of the error messages. Every other language gets English. */
export type MessageLocale = keyof Localized;

export const httpErrors = {
  malformed_body: {
    status: 400,
    title: { de: "Ungültige Anfrage", en: "Malformed request" },
    message: {
      de: "Der Inhalt der Anfrage konnte nicht gelesen werden.",
      en: "The request body could not be read.",
    },
    hint: {
      de: "Senden Sie ein JSON-Objekt oder ein normales Formular in UTF-8.",
      en: "Send a JSON object or a regular form, encoded as UTF-8.",
    },
  },
  invalid_idempotency_key: {
    status: 400,
    title: { de: "Ungültiger Idempotency-Key", en: "Invalid Idempotency-Key" },
    message: {
      de: "Der Idempotency-Key ist leer oder länger als 255 Zeichen.",
      en: "The Idempotency-Key is empty or longer than 255 characters.",
    },
    hint: {
      de: "Erzeugen Sie pro Übermittlung einen Schlüssel, z. B. eine UUID.",
      en: "Generate one key per submission, for example a UUID.",
    },
  },
  invalid_certificate_number: {
    status: 400,
    title: { de: "Zertifikatsnummer ungültig", en: "Invalid certificate number" },
    message: {
      de: "Diese Zertifikatsnummer kann es nicht geben; geprüft wurde deshalb nichts.",
      en: "No certificate can have this number, so nothing was looked up.",
    },
    hint: {
      de: "Vergleichen Sie die Nummer Zeichen für Zeichen mit dem Zertifikat, z. B. „AZW-2026-0007-Y“.",
      en: "Compare the number character by character with the certificate, e.g. “AZW-2026-0007-Y”.",
    },
  },
  forbidden_origin: {
    status: 403,
    title: { de: "Herkunft nicht erlaubt", en: "Origin not allowed" },
    message: {
      de: "Diese Website darf keine Formulare an diesen Dienst senden.",
      en: "This website may not send forms to this service.",
    },
    hint: {
      de: "Nutzen Sie das Formular auf der Website des Programms.",
      en: "Use the form on the programme's website.",
    },
  },
  bot_check_failed: {
    status: 403,
    title: { de: "Sicherheitsprüfung fehlgeschlagen", en: "Security check failed" },
    message: {
      de: "Die automatische Prüfung, ob ein Mensch das Formular sendet, ist fehlgeschlagen.",
      en: "The automatic check that a person is sending the form failed.",
    },
    hint: {
      de: "Laden Sie das Formular neu und senden Sie es noch einmal.",
      en: "Reload the form and send it again.",
    },
  },
  not_found: {
    status: 404,
    title: { de: "Nicht gefunden", en: "Not found" },
    message: {
      de: "Unter dieser Adresse gibt es keine Schnittstelle.",
      en: "There is no endpoint at this path.",
    },
    hint: {
      de: "Prüfen Sie die Adresse anhand der API-Dokumentation.",
      en: "Check the URL against the API documentation.",
    },
  },
  method_not_allowed: {
    status: 405,
    title: { de: "Methode nicht erlaubt", en: "Method not allowed" },
    message: {
      de: "Diese Schnittstelle akzeptiert diese HTTP-Methode nicht.",
      en: "This endpoint does not accept this HTTP method.",
    },
    hint: {
      de: "Verwenden Sie eine der Methoden aus dem Allow-Header.",
      en: "Use one of the methods listed in the Allow header.",
    },
  },
  payload_too_large: {
    status: 413,
    title: { de: "Zu viel Inhalt", en: "Too much content" },
    message: {
      de: "Die Anfrage ist größer als die erlaubten 32 KiB.",
      en: "The request is larger than the allowed 32 KiB.",
    },
    hint: {
      de: "Kürzen Sie lange Texte im Formular.",
      en: "Shorten long texts in the form.",
    },
  },
  unsupported_media_type: {
    status: 415,
    title: { de: "Format nicht unterstützt", en: "Unsupported format" },
    message: {
      de: "Dieses Inhaltsformat wird nicht angenommen.",
      en: "This content type is not accepted.",
    },
    hint: {
      de: "Senden Sie application/json oder application/x-www-form-urlencoded in UTF-8.",
      en: "Send application/json or application/x-www-form-urlencoded in UTF-8.",
    },
  },
  validation_failed: {
    status: 422,
    title: { de: "Bitte prüfen Sie Ihre Angaben", en: "Please check your entries" },
    message: {
      de: "Einige Angaben fehlen oder sind ungültig.",
      en: "Some entries are missing or invalid.",
    },
    hint: {
      de: "Korrigieren Sie die genannten Felder und senden Sie das Formular erneut.",
      en: "Correct the fields listed and send the form again.",
    },
  },
  rate_limited: {
    status: 429,
    title: { de: "Zu viele Anfragen", en: "Too many requests" },
    message: {
      de: "Von Ihrem Anschluss kamen in kurzer Zeit zu viele Übermittlungen.",
      en: "Too many submissions came from your connection in a short time.",
    },
    hint: {
      de: "Warten Sie eine Minute und versuchen Sie es dann erneut.",
      en: "Wait a minute, then try again.",
    },
  },
  too_many_checks: {
    status: 429,
    title: { de: "Zu viele Prüfungen", en: "Too many checks" },
    message: {
      de: "Von Ihrem Anschluss kamen in kurzer Zeit zu viele Zertifikatsprüfungen.",
      en: "Too many certificate checks came from your connection in a short time.",
    },
    hint: {
      de: "Warten Sie eine Minute und prüfen Sie dann erneut.",
      en: "Wait a minute, then check again.",
    },
  },
  internal_error: {
    status: 500,
    title: { de: "Interner Fehler", en: "Internal error" },
    message: {
      de: "Der Dienst konnte die Anfrage nicht bearbeiten.",
      en: "The service failed to handle the request.",
    },
    hint: {
      de: "Versuchen Sie es später erneut; wenn es so bleibt, sagen Sie uns Bescheid.",
      en: "Try again later; if it persists, tell us.",
    },
  },
  sessions_unavailable: {
    status: 503,
    title: { de: "Termine nicht lesbar", en: "Sessions unavailable" },
    message: {
      de: "Die Schulungstermine konnten gerade nicht gelesen werden.",
      en: "The training sessions could not be read right now.",
    },
    hint: {
      de: "Versuchen Sie es in einer Minute erneut.",
      en: "Try again in a minute.",
    },
  },
  bot_check_unavailable: {
    status: 503,
    title: { de: "Prüfung nicht erreichbar", en: "Check unavailable" },
    message: {
      de: "Die Sicherheitsprüfung ist gerade nicht erreichbar.",
      en: "The security check cannot be reached right now.",
    },
    hint: {
      de: "Versuchen Sie es in einigen Minuten erneut.",
      en: "Try again in a few minutes.",
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

export type HttpErrorCode = keyof typeof httpErrors;

/** One problem with one field of a submission (the body of a 422). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * A catalogued error thrown by a handler and turned into a response by the central error
 * handler. Only this class may carry a client-caused status; anything else thrown is a
 * bug and becomes a logged 500.
 */
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly code: HttpErrorCode,
    readonly details: {
      readonly issues?: readonly FieldIssue[];
      readonly headers?: HeadersInit;
    } = {},
  ) {
    super(code);
  }

  get status(): number {
    return httpErrors[this.code].status;
  }
}
