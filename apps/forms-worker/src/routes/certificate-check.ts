import { findCertificateForCheck } from "@integrationspaten/database/certificates";
import {
  CERTIFICATE_CHECK,
  FORM_META_FIELDS,
  verifyCertificateNumber,
  zonedDate,
} from "@integrationspaten/domain";
import { clientKey } from "../abuse/client-key.js";
import { enforceRateLimit } from "../abuse/rate-limit.js";
import { certificateCheckAnswer } from "../certificate-check/answer.js";
import { renderCertificateCheckPage } from "../certificate-check/page.js";
import type { Config } from "../config.js";
import { districtContext } from "../district.js";
import { prefersHtml } from "../http/accept.js";
import { HttpError, type MessageLocale } from "../http/errors.js";
import { messageLocale } from "../http/locale.js";
import { html, json } from "../http/responses.js";
import type { RequestContext, Route } from "../http/router.js";
import { log } from "../log.js";

/**
 * Query parameters of the endpoint (the site's form sends the same names); the page's
 * language travels as the forms' meta field does.
 */
const PARAMETERS = { number: "number", name: "name", locale: FORM_META_FIELDS.locale } as const;

/** A number longer than this is not one; it is not echoed into the link back. */
const MAX_ECHOED_NUMBER = 40;

/** Language of the answer: the check page's `locale` parameter, else Accept-Language. */
function localeOf(url: URL, request: Request): MessageLocale {
  const locale = url.searchParams.get(PARAMETERS.locale) ?? undefined;
  return messageLocale(locale, request.headers.get("accept-language"));
}

/** The site's check page in a language, with the number filled in when there is one. */
function checkPageUrl(config: Config, locale: MessageLocale, number?: string): string {
  const url = new URL(`${config.siteUrl}${CERTIFICATE_CHECK.pages[locale]}`);
  const trimmed = number?.trim() ?? "";
  if (trimmed !== "" && trimmed.length <= MAX_ECHOED_NUMBER) {
    url.searchParams.set(CERTIFICATE_CHECK.numberParameter, trimmed);
  }
  return url.href;
}

/**
 * `GET CERTIFICATE_CHECK.endpoint?number=…&name=…`: whether a certificate with this number
 * was issued and stands (valid / expired / revoked / unknown; a due refresher still counts
 * as valid), with its dates and the district's name, and the holder's name only when the
 * `name` typed matches it. The steps, in order: rate limit (429, `too_many_checks`) →
 * the number's form and check character with the domain's `verifyCertificateNumber`
 * (400 without touching the database) → one read by number → the answer, as JSON or, for
 * a browser's plain form, an HTML page. Nothing is stored, and the log records the
 * outcome only: neither the number nor the name.
 */
async function check(context: RequestContext): Promise<Response> {
  const { request, url, env, config } = context;
  const now = new Date();
  await enforceRateLimit(
    env.CHECK_RATE_LIMITER,
    await clientKey(request, config, now),
    "too_many_checks",
  );

  const locale = context.errors.locale;
  const verified = verifyCertificateNumber(url.searchParams.get(PARAMETERS.number) ?? "", locale);
  if (!verified.ok) {
    const issues = verified.issues.map(({ message }) => ({ field: PARAMETERS.number, message }));
    throw new HttpError("invalid_certificate_number", { issues });
  }

  const { district } = districtContext();
  const number = verified.value.number;
  const { answer, name } = certificateCheckAnswer({
    certificate: await findCertificateForCheck(env.DB, number),
    number,
    today: zonedDate(now, district.timeZone),
    districtName: district.name,
    typedName: url.searchParams.get(PARAMETERS.name) ?? undefined,
  });
  log.info("certificate.checked", { outcome: answer.result, reason: `name_${name}` });

  // The answer differs by these request headers; never cached (the router adds no-store).
  const headers = { vary: "Accept, Accept-Language" };
  if (context.errors.html) {
    return html(
      renderCertificateCheckPage({
        locale,
        answer,
        name,
        checkPageUrl: checkPageUrl(config, locale),
      }),
      { headers },
    );
  }
  return json(answer, { headers });
}

export const certificateCheckRoute: Route = {
  path: CERTIFICATE_CHECK.endpoint,
  cors: true,
  // Errors in the language of the page that sent the form, as an HTML page with a link
  // back to it (the number filled in) when a browser sent the plain form.
  errorRendering: (request: Request, config: Config) => {
    const url = new URL(request.url);
    const locale = localeOf(url, request);
    return {
      locale,
      // The check pages exist in German and English only; so do their error pages.
      pageLocale: locale,
      html: prefersHtml(request.headers.get("accept")),
      backUrl: checkPageUrl(config, locale, url.searchParams.get(PARAMETERS.number) ?? undefined),
      stores: false,
    };
  },
  methods: { GET: check },
};
