import { HttpError, type HttpErrorCode } from "../http/errors.js";
import { log, redactErrorMessage } from "../log.js";

/**
 * Counts a request against the client's budget in one Rate Limiting binding
 * (SUBMIT_RATE_LIMITER: 10 posts per 60 s; CHECK_RATE_LIMITER: 20 certificate checks per
 * 60 s) and throws a 429 with Retry-After when it is spent — `code` names the catalogued
 * answer (`rate_limited` for submissions, `too_many_checks` for checks). Should the binding
 * itself fail, the request passes: a broken limiter must not lock out every person, and
 * the other abuse checks still apply.
 */
export async function enforceRateLimit(
  limiter: RateLimit,
  key: string,
  code: Extract<HttpErrorCode, "rate_limited" | "too_many_checks"> = "rate_limited",
): Promise<void> {
  let outcome: RateLimitOutcome;
  try {
    outcome = await limiter.limit({ key });
  } catch (error) {
    log.error("rate_limit.unavailable", { error: redactErrorMessage(error) });
    return;
  }
  if (!outcome.success) {
    throw new HttpError(code, { headers: { "retry-after": "60" } });
  }
}
