import type { Route } from "../http/router.js";
import { certificateCheckRoute } from "./certificate-check.js";
import { healthRoute } from "./health.js";
import { programmeSessionsRoute } from "./programme-sessions.js";
import { helpRequestRoute, signupRoute } from "./submissions.js";

/**
 * Every endpoint of the worker, in one list so the API surface is visible at a glance.
 * The intake worker takes submissions in, answers the public certificate check and
 * publishes the programme's training sessions; no endpoint answers with a stored
 * submission, the check repeats a holder's name only to someone who typed it, and the
 * sessions carry no attendance. Coordinators read and change submissions in their workspace
 * (apps/coordination).
 */
export const routes: readonly Route[] = [
  healthRoute,
  signupRoute,
  helpRequestRoute,
  certificateCheckRoute,
  programmeSessionsRoute,
];
