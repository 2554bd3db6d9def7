import type { Route } from "../http/router.js";
import { healthRoute } from "./health.js";

/** Every endpoint of the worker, in one list so the API surface is visible at a glance. */
export const routes: readonly Route[] = [healthRoute];
