import type { FormMeta } from "@integrationspaten/domain";

/** Why a submission is treated as spam and silently dropped. */
export type SpamReason = "honeypot" | "too_fast";

/**
 * Checks the honeypot and the minimum fill time. The honeypot (a field people never see)
 * must be empty. The fill time only counts when the form says when it was shown (the
 * `FORM_META_FIELDS.startedAt` field, ms since the epoch): a timestamp younger than
 * `minFillSeconds` is a bot. A missing timestamp is allowed (the form without JavaScript
 * may not have one), and so is one in the future — that is the client's clock running
 * ahead, not a bot.
 *
 * @example
 * spamReason({ honeypot: "", startedAt: Date.now() - 1000, … }, Date.now(), 3)
 * //=> "too_fast"
 */
export function spamReason(
  meta: Pick<FormMeta, "honeypot" | "startedAt">,
  nowMs: number,
  minFillSeconds: number,
): SpamReason | undefined {
  if (meta.honeypot !== undefined && meta.honeypot.trim() !== "") return "honeypot";
  if (meta.startedAt !== undefined) {
    const elapsed = nowMs - meta.startedAt;
    if (elapsed >= 0 && elapsed < minFillSeconds * 1000) return "too_fast";
  }
  return undefined;
}
