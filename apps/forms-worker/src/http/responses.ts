import type { SiteLocale, SubmissionErrorBody } from "@integrationspaten/domain";
import { type FieldIssue, type HttpErrorCode, httpErrors, type MessageLocale } from "./errors.js";
import { renderErrorPage } from "./html.js";

/**
 * A JSON response with the right content type.
 *
 * @example
 * json({ status: "ok" }).headers.get("content-type")
 * //=> "application/json; charset=utf-8"
 */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** An HTML page that loads nothing and runs nothing. */
export function html(body: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "text/html; charset=utf-8");
  headers.set(
    "content-security-policy",
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  return new Response(body, { ...init, headers });
}

export interface ErrorRendering {
  /** Language of the JSON message: German or English (the contract with the site). */
  readonly locale: MessageLocale;
  /** Language of the HTML page: the form's site language (default: `locale`). */
  readonly pageLocale?: SiteLocale | undefined;
  /** Render an HTML page (plain form posts) instead of JSON. */
  readonly html?: boolean;
  /** The form to link back to on the HTML page. */
  readonly backUrl?: string | undefined;
  /**
   * Whether the endpoint stores what it is sent (default): its HTML page then says that a
   * refused request stored nothing. The certificate check stores nothing ever.
   */
  readonly stores?: boolean;
  readonly issues?: readonly FieldIssue[] | undefined;
  readonly headers?: HeadersInit | undefined;
}

/**
 * At most this many field problems are listed in an answer (JSON or HTML), with their
 * total count: each field has one or two checks, so a real form never has more, while a
 * crafted one with thousands of bad entries would get an answer many times its size.
 */
export const MAX_LISTED_ISSUES = 25;

/**
 * The response for a catalogued error: `{ "error": { "code", "message" } }` (plus
 * `issues` and `issueCount` for `validation_failed`, whose messages are what the handler made them) in
 * German or English — the domain's `submissionErrorBodySchema`, which the site reads
 * answers with — or an accessible HTML page in `pageLocale`, any site language.
 *
 * @example
 * errorResponse("not_found", { locale: "de" }).status
 * //=> 404
 */
export function errorResponse(code: HttpErrorCode, rendering: ErrorRendering): Response {
  const entry = httpErrors[code];
  const { locale } = rendering;
  const init: ResponseInit = { status: entry.status, headers: rendering.headers ?? {} };
  // However many problems a request has, the answer stays small: the first ones and a count.
  const issueCount = rendering.issues?.length;
  const issues = rendering.issues?.slice(0, MAX_LISTED_ISSUES);
  if (rendering.html) {
    const pageLocale = rendering.pageLocale ?? locale;
    return html(
      renderErrorPage({
        locale: pageLocale,
        title: entry.title[pageLocale],
        message: entry.message[pageLocale],
        hint: entry.hint[pageLocale],
        backUrl: rendering.backUrl,
        nothingStored: (rendering.stores ?? true) && entry.status < 500,
        ...(issues ? { issues, issueCount } : {}),
      }),
      init,
    );
  }
  const error: SubmissionErrorBody["error"] = { code, message: entry.message[locale] };
  if (issues) {
    error.issues = issues.map(({ field, message }) => ({ field, message }));
    error.issueCount = issueCount;
  }
  return json({ error } satisfies SubmissionErrorBody, init);
}
