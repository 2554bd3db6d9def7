import type { Route } from "../http/router.js";
import { adminExportRoute, adminListRoute, adminSubmissionRoute } from "./admin.js";
import { healthRoute } from "./health.js";
import { helpRequestRoute, signupRoute } from "./submissions.js";

/** Every endpoint of the worker, in one list so the API surface is visible at a glance. */
export const routes: readonly Route[] = [
  healthRoute,
  signupRoute,
  helpRequestRoute,
  adminListRoute,
  adminExportRoute,
  adminSubmissionRoute,
];
