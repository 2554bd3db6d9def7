/** Names of the meta fields every form carries besides its payload. */
export const FORM_META_FIELDS = {
  /** Honeypot: hidden from people, must stay empty. */
  honeypot: "website",
  /** When the form was rendered (milliseconds since the epoch), for a minimum fill time. */
  startedAt: "formStartedAt",
  /** One key per submission, so that a double click stores nothing twice. */
  idempotencyKey: "idempotencyKey",
  /** Language of the page the form was sent from (answers and redirects use it). */
  locale: "locale",
  /** Cloudflare Turnstile token, when the district enables Turnstile. */
  turnstileToken: "cf-turnstile-response",
} as const;

/** The meta fields of one submission, read from a form or a JSON body. */
export interface FormMeta {
  honeypot: string | undefined;
  startedAt: number | undefined;
  idempotencyKey: string | undefined;
  locale: string | undefined;
  turnstileToken: string | undefined;
}
