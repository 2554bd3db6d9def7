import type { FormMeta, SubmissionKind } from "@integrationspaten/domain";
import { HttpError } from "../http/errors.js";

const encoder = new TextEncoder();

/**
 * The client's idempotency key: the Idempotency-Key header (the site's island), else the
 * form's `FORM_META_FIELDS.idempotencyKey` field. Empty counts as absent; longer than 255 characters is a 400.
 */
export function idempotencyKey(
  request: Request,
  meta: Pick<FormMeta, "idempotencyKey">,
): string | undefined {
  const key = request.headers.get("idempotency-key") ?? meta.idempotencyKey;
  if (key === undefined || key.trim() === "") return undefined;
  if (key.length > 255) throw new HttpError("invalid_idempotency_key");
  return key.trim();
}

/**
 * What identifies one submission attempt: SHA-256 over the kind, the client's key and the
 * validated payload. Including the payload means
 * - a double click or retry (same key, same content) is recognised and answered with the
 *   first submission's id;
 * - a form without a key (JavaScript off) that is sent twice with the same content is
 *   stored once too;
 * - a key that is reused for different content (a key baked into a static page, or a
 *   person who corrected the form after sending it) does not swallow the new content.
 *
 * @example
 * await idempotencyKeyHash("help_request", "3f2a…", { contactName: "Ana", … })
 * //=> "9b1d…" (64 hex digits)
 */
export async function idempotencyKeyHash(
  kind: SubmissionKind,
  key: string | undefined,
  payload: unknown,
): Promise<string> {
  const material = `${kind}\n${key ?? ""}\n${JSON.stringify(payload)}`;
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(material));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
