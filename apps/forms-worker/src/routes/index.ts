import type { Route } from "../http/router.js";
import { certificateCheckRoute } from "./certificate-check.js";
import { healthRoute } from "./health.js";
import { helpRequestRoute, signupRoute } from "./submissions.js";

/**
 * Every endpoint of the worker, in one list so the API surface is visible at a glance.
 * The intake worker takes submissions in and answers the public certificate check; no
 * endpoint answers with a stored submission, and the check repeats a holder's name only
 * to someone who typed it. Coordinators read and change submissions in their workspace
 * (apps/coordination).
 */
export const routes: readonly Route[] = [
  healthRoute,
  signupRoute,
  helpRequestRoute,
  certificateCheckRoute,
];
