import { HttpError } from "../http/errors.js";
import { log, redactErrorMessage } from "../log.js";

/**
 * Counts a submission against the client's budget (the SUBMIT_RATE_LIMITER binding,
 * 10 per 60 s) and throws a 429 with Retry-After when it is spent. Should the binding
 * itself fail, the request passes: a broken limiter must not lock out every person, and
 * the other abuse checks still apply.
 */
export async function enforceRateLimit(limiter: RateLimit, key: string): Promise<void> {
  let outcome: RateLimitOutcome;
  try {
    outcome = await limiter.limit({ key });
  } catch (error) {
    log.error("rate_limit.unavailable", { error: redactErrorMessage(error) });
    return;
  }
  if (!outcome.success) {
    throw new HttpError("rate_limited", { headers: { "retry-after": "60" } });
  }
}
