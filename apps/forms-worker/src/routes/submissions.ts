import { findSubmissionIdByKey, storeSubmission } from "@integrationspaten/database/submissions";
import {
  decodeFormFields,
  type FormMeta,
  formPath,
  parseWith,
  type SiteLocale,
  SUBMISSION_ENDPOINTS,
  type SubmissionKind,
  splitJsonSubmission,
  thankYouPath,
} from "@integrationspaten/domain";
import { clientKey } from "../abuse/client-key.js";
import { idempotencyKey, idempotencyKeyHash } from "../abuse/idempotency.js";
import { enforceRateLimit } from "../abuse/rate-limit.js";
import { spamReason } from "../abuse/spam.js";
import { turnstile } from "../abuse/turnstile.js";
import type { Config } from "../config.js";
import { coordinationPointFor, districtContext } from "../district.js";
import {
  type BodyFormat,
  bodyFormat,
  isHtmlFormPost,
  parseJsonObject,
  parseUrlEncoded,
  readBodyText,
} from "../http/body.js";
import { DUPLICATE_FIELD_ISSUE, HttpError } from "../http/errors.js";
import { messageLanguage, messageLocale, siteLocale } from "../http/locale.js";
import { json } from "../http/responses.js";
import type { RequestContext, Route } from "../http/router.js";
import { log } from "../log.js";
import { enqueueNotification } from "../notify/enqueue.js";

/**
 * The answer to an accepted submission: 201 `{ id }` for JSON clients, a 303 redirect to
 * the site's thank-you page for plain form posts. Spam gets the same answer (with an id
 * that exists nowhere), so a bot cannot tell that it was caught.
 */
function accepted(
  format: BodyFormat,
  kind: SubmissionKind,
  locale: SiteLocale,
  id: string,
  config: Config,
  replayed: boolean,
): Response {
  const headers: Record<string, string> = replayed ? { "idempotent-replayed": "true" } : {};
  if (format === "form") {
    return new Response(null, {
      status: 303,
      headers: { ...headers, location: `${config.siteUrl}${thankYouPath(kind, locale)}` },
    });
  }
  return json({ id }, { status: 201, headers });
}

/**
 * Parses the body into the payload (not yet validated), the meta fields and the names of
 * single-valued form fields that came more than once (a JSON object cannot repeat a name).
 */
async function readSubmission(
  request: Request,
  kind: SubmissionKind,
): Promise<{
  format: BodyFormat;
  payload: Record<string, unknown>;
  meta: FormMeta;
  duplicates: readonly string[];
}> {
  const format = bodyFormat(request.headers.get("content-type"));
  const text = await readBodyText(request);
  if (format === "json")
    return { format, ...splitJsonSubmission(parseJsonObject(text)), duplicates: [] };
  return { format, ...decodeFormFields(kind, parseUrlEncoded(text)) };
}

/**
 * The `locale` field of a plain form's body that is not read otherwise (the post was
 * refused before): reads at most the body limit, never throws.
 */
async function formLocaleOf(request: Request, kind: SubmissionKind): Promise<string | undefined> {
  try {
    if (bodyFormat(request.headers.get("content-type")) !== "form") return undefined;
    return decodeFormFields(kind, parseUrlEncoded(await readBodyText(request))).meta.locale;
  } catch {
    return undefined;
  }
}

/** The HTML error page speaks this language and links back to the form in it. */
function answerIn(context: RequestContext, kind: SubmissionKind, locale: SiteLocale): void {
  context.errors.pageLocale = locale;
  context.errors.backUrl = `${context.config.siteUrl}${formPath(kind, locale)}`;
}

async function verifyBotCheck(
  config: Config,
  meta: FormMeta,
  key: string | undefined,
): Promise<void> {
  if (config.turnstileSecret === "") return;
  const token = meta.turnstileToken?.trim() ?? "";
  if (token === "" || token.length > 2048) throw new HttpError("bot_check_failed");
  const verdict = await turnstile.verify({
    secret: config.turnstileSecret,
    token,
    idempotencyKey: key,
  });
  if (verdict === "failed") throw new HttpError("bot_check_failed");
  if (verdict === "unavailable") {
    throw new HttpError("bot_check_unavailable", { headers: { "retry-after": "120" } });
  }
}

/**
 * `POST` to the endpoint of a kind of submission (`SUBMISSION_ENDPOINTS`). The steps, in order:
 * rate limit (429) → content type (415) → size (413) → parse, duplicate fields (400) →
 * honeypot and fill time (pretend success, store nothing) → validation (422) → with
 * Turnstile configured: idempotency (repeat → first answer) and Turnstile (403/503; after
 * the idempotency check because a token is single-use) → store once, in one D1 batch that
 * also tells a repeat → queue the notification after the answer.
 *
 * The form's language (its `locale` field, else Accept-Language) is the language of the
 * redirect, of an HTML error page and of the field messages; the JSON `message` stays
 * German or English.
 */
async function submit(context: RequestContext, kind: SubmissionKind): Promise<Response> {
  const { request, env, config } = context;
  const now = new Date();
  const acceptLanguage = request.headers.get("accept-language");
  try {
    await enforceRateLimit(env.SUBMIT_RATE_LIMITER, await clientKey(request, config, now));
  } catch (error) {
    // Refused before the body is read: a plain form's page still speaks the form's language.
    if (context.errors.html) {
      const formLocale = await formLocaleOf(request, kind);
      if (formLocale !== undefined) answerIn(context, kind, siteLocale(formLocale, acceptLanguage));
    }
    throw error;
  }

  const { format, payload, meta, duplicates } = await readSubmission(request, kind);
  const locale = siteLocale(meta.locale, acceptLanguage);
  context.errors.locale = messageLocale(meta.locale, acceptLanguage);
  answerIn(context, kind, locale);
  // `consent=off&consent=on`: which one did the person mean? Neither is guessed.
  if (duplicates.length > 0) {
    const message = DUPLICATE_FIELD_ISSUE[locale];
    throw new HttpError("duplicate_field", {
      issues: duplicates.map((field) => ({ field, message })),
    });
  }

  const spam = spamReason(meta, now.getTime(), config.minFillSeconds);
  if (spam) {
    log.info("submission.discarded", { kind, reason: spam });
    return accepted(format, kind, locale, crypto.randomUUID(), config, false);
  }

  const { district, schemas } = districtContext();
  const schema = kind === "volunteer_signup" ? schemas.volunteerSignup : schemas.helpRequest;
  const parsed = parseWith(schema, payload, locale);
  if (!parsed.ok) {
    const issues = parsed.issues.map(({ field, message, code }) => {
      const language = messageLanguage(locale, code);
      return language === locale ? { field, message } : { field, message, language };
    });
    throw new HttpError("validation_failed", { issues });
  }

  const key = idempotencyKey(request, meta);
  const keyHash = await idempotencyKeyHash(kind, key, parsed.value);
  // A repeat is answered with the first submission's id only under the client's own key.
  // Without a key the answer is that of a new submission (stored once all the same), or
  // anyone could learn whether someone else had sent exactly this request.
  const answer = (id: string, created: boolean) =>
    created || key !== undefined
      ? accepted(format, kind, locale, id, config, !created)
      : accepted(format, kind, locale, crypto.randomUUID(), config, false);

  // A Turnstile token is single-use: a repeat must be recognised before it is verified,
  // which costs a read first. Without Turnstile the store itself tells a repeat (one batch).
  if (config.turnstileSecret !== "") {
    const existing = await findSubmissionIdByKey(env.DB, keyHash);
    if (existing) {
      log.info("submission.replayed", { id: existing, kind });
      return answer(existing, false);
    }
    await verifyBotCheck(config, meta, key);
  }

  const point = coordinationPointFor(district, kind, parsed.value);
  const stored = await storeSubmission(env.DB, {
    id: crypto.randomUUID(),
    kind,
    payload: parsed.value,
    coordinationPoint: point.id,
    locale: meta.locale === undefined ? undefined : locale,
    keyHash,
    now,
  });
  if (stored.created) {
    log.info("submission.stored", { id: stored.id, kind, coordinationPoint: point.id });
    // After the answer: a lost enqueue is re-enqueued by the daily job (nothing is lost).
    context.ctx.waitUntil(enqueueNotification(env.NOTIFY_QUEUE, stored.id));
  } else {
    // A repeat (or a concurrent duplicate that won the race to the insert).
    log.info("submission.replayed", { id: stored.id, kind });
  }
  return answer(stored.id, stored.created);
}

/** Errors before the body is read: HTML for plain form posts, with a link to the form. */
function formErrorRendering(kind: SubmissionKind) {
  return (request: Request, config: Config) => {
    const acceptLanguage = request.headers.get("accept-language");
    const contentType = request.headers.get("content-type");
    const accept = request.headers.get("accept") ?? "";
    const wantsHtml =
      isHtmlFormPost(contentType) ||
      (accept.includes("text/html") && !contentType?.includes("json"));
    const pageLocale = siteLocale(undefined, acceptLanguage);
    return {
      html: wantsHtml,
      pageLocale,
      backUrl: `${config.siteUrl}${formPath(kind, pageLocale)}`,
    };
  };
}

function submissionRoute(kind: SubmissionKind): Route {
  return {
    path: SUBMISSION_ENDPOINTS[kind],
    cors: true,
    errorRendering: formErrorRendering(kind),
    methods: { POST: (context) => submit(context, kind) },
  };
}

export const signupRoute = submissionRoute("volunteer_signup");
export const helpRequestRoute = submissionRoute("help_request");
