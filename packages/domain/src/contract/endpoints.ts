import type { SubmissionKind } from "../schemas/form-encoding.js";

/**
 * Path of the forms worker's endpoint for each kind of public submission, relative to the
 * worker's origin. The worker routes these paths; the site's forms post to them (JSON from
 * the islands, url-encoded without JavaScript).
 */
export const SUBMISSION_ENDPOINTS = {
  volunteer_signup: "/api/signups",
  help_request: "/api/help-requests",
} as const satisfies Readonly<Record<SubmissionKind, `/${string}`>>;
