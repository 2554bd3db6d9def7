import type { Route } from "../http/router.js";
import { healthRoute } from "./health.js";
import { helpRequestRoute, signupRoute } from "./submissions.js";

/**
 * Every endpoint of the worker, in one list so the API surface is visible at a glance.
 * The intake worker only takes submissions in; no endpoint answers with stored personal
 * data. Coordinators read and change submissions in their workspace (apps/coordination).
 */
export const routes: readonly Route[] = [healthRoute, signupRoute, helpRequestRoute];
