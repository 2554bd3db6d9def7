import { SUBMISSION_ENDPOINTS } from "./endpoints.js";
import { FORM_META_FIELDS } from "./form-meta.js";
import { FORM_PAGES } from "./form-paths.js";
import { PROGRAMME_SESSIONS } from "./programme-sessions.js";

/**
 * Every literal the contract fixes that means nothing else: the worker's endpoints for the
 * submissions and the programme sessions, the form and thank-you paths, and the meta field
 * names no other code would use (generic ones such as `locale` are left out). For checks
 * that no app writes one of them by hand.
 *
 * @example
 * CONTRACT_LITERALS.includes("/api/signups") //=> true
 */
export const CONTRACT_LITERALS: readonly string[] = [
  ...Object.values(SUBMISSION_ENDPOINTS),
  PROGRAMME_SESSIONS.endpoint,
  ...Object.values(FORM_PAGES).flatMap((pages) => [
    ...Object.values(pages.form),
    ...Object.values(pages.thanks),
  ]),
  FORM_META_FIELDS.startedAt,
  FORM_META_FIELDS.turnstileToken,
];
