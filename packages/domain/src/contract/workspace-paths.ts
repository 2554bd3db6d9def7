import type { SubmissionKind } from "../schemas/form-encoding.js";

/**
 * Where the coordinators' workspace shows a submission of each kind, relative to the
 * workspace's origin. The intake worker's notification e-mails link there; the
 * workspace's client router serves these paths.
 */
export const WORKSPACE_RECORD_PATHS = {
  volunteer_signup: "/anmeldungen/",
  help_request: "/anfragen/",
} as const satisfies Readonly<Record<SubmissionKind, `/${string}/`>>;

/**
 * The workspace path of one submission.
 *
 * @example
 * workspacePath("volunteer_signup", "3f2a…") //=> "/anmeldungen/3f2a…"
 */
export function workspacePath(kind: SubmissionKind, id: string): string {
  return `${WORKSPACE_RECORD_PATHS[kind]}${encodeURIComponent(id)}`;
}
