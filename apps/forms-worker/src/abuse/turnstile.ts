import { log, redactErrorMessage } from "../log.js";

/** What the bot check concluded. */
export type TurnstileVerdict = "passed" | "failed" | "unavailable";

export interface TurnstileRequest {
  readonly secret: string;
  readonly token: string;
  /** Sent along so that Cloudflare answers a retried verification the same way. */
  readonly idempotencyKey: string | undefined;
}

export type TurnstileVerifier = (request: TurnstileRequest) => Promise<TurnstileVerdict>;

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

/**
 * Asks Cloudflare's siteverify endpoint whether a Turnstile token is valid. The client
 * address is not sent (data minimisation; it is optional). A network error or timeout is
 * `unavailable`, not `failed`: the person did nothing wrong.
 */
export const siteverify: TurnstileVerifier = async ({ secret, token, idempotencyKey }) => {
  const body = new FormData();
  body.set("secret", secret);
  body.set("response", token);
  if (idempotencyKey && /^[0-9a-f-]{36}$/i.test(idempotencyKey)) {
    body.set("idempotency_key", idempotencyKey);
  }
  try {
    const response = await fetch(SITEVERIFY, {
      method: "POST",
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return "unavailable";
    const outcome = (await response.json()) as { success?: unknown };
    return outcome.success === true ? "passed" : "failed";
  } catch (error) {
    log.warn("turnstile.unavailable", { error: redactErrorMessage(error) });
    return "unavailable";
  }
};

/**
 * The verifier in use. Tests replace `turnstile.verify` (e.g. with `vi.spyOn`) so that no
 * test reaches the network; production uses {@link siteverify}.
 */
export const turnstile: { verify: TurnstileVerifier } = { verify: siteverify };
