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
import { HttpError } from "../http/errors.js";
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

/** Parses the body into the payload (not yet validated) and the meta fields. */
async function readSubmission(
  request: Request,
  kind: SubmissionKind,
): Promise<{ format: BodyFormat; payload: Record<string, unknown>; meta: FormMeta }> {
  const format = bodyFormat(request.headers.get("content-type"));
  const text = await readBodyText(request);
  const { payload, meta } =
    format === "json"
      ? splitJsonSubmission(parseJsonObject(text))
      : decodeFormFields(kind, parseUrlEncoded(text));
  return { format, payload, meta };
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
 * rate limit (429) → content type (415) → size (413) → parse (400) → honeypot and fill
 * time (pretend success, store nothing) → validation (422) → idempotency (repeat → first
 * answer) → Turnstile, when configured (403/503; after the idempotency check because a
 * token is single-use) → store once → queue the notification.
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

  const { format, payload, meta } = await readSubmission(request, kind);
  const locale = siteLocale(meta.locale, acceptLanguage);
  context.errors.locale = messageLocale(meta.locale, acceptLanguage);
  answerIn(context, kind, locale);

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
  const existing = await findSubmissionIdByKey(env.DB, keyHash);
  if (existing) {
    log.info("submission.replayed", { id: existing, kind });
    return accepted(format, kind, locale, existing, config, true);
  }

  await verifyBotCheck(config, meta, key);

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
    context.ctx.waitUntil(enqueueNotification(env.NOTIFY_QUEUE, stored.id));
  } else {
    // A concurrent duplicate won the race between our check and our insert.
    log.info("submission.replayed", { id: stored.id, kind });
  }
  return accepted(format, kind, locale, stored.id, config, !stored.created);
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
