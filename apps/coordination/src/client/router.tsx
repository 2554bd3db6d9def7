import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { ApiError, isApiError } from "./api/http.js";
import { devCoordinatorsQuery, meQuery } from "./api/identity.js";
import { currentLocale, translate } from "./i18n/locale.js";
import { AppEntryError } from "./views/layout/AppEntryError.js";
import { NotFoundView } from "./views/layout/NotFoundView.js";
import { RouteError } from "./views/layout/RouteError.js";
import { safeRedirect } from "./views/signin/safe-redirect.js";

/*
 * The workspace's routes (code-based). German paths; the Worker serves index.html for
 * every path that is not a file. Every view, the signed-in frame included, is its own
 * chunk, loaded when first needed: the first-load bundle holds React, the router, the
 * query cache and the catalogue, while the contract (zod and the district) comes with
 * the first view. Views show their own loading and error states, so the heading is
 * there at once.
 */

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundView,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/anmelden",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  component: lazyRouteComponent(() => import("./views/signin/SignInView.js"), "SignInView"),
});

/** Everything behind the sign-in: the signed-in person is in the context. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_app",
  beforeLoad: async ({ context, location }) => {
    try {
      return { me: await context.queryClient.ensureQueryData(meQuery) };
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        const dev = await context.queryClient
          .ensureQueryData(devCoordinatorsQuery)
          .catch(() => null);
        if (dev) throw redirect({ to: "/anmelden", search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: lazyRouteComponent(() => import("./views/layout/AppLayout.js"), "AppLayout"),
  errorComponent: AppEntryError,
});

/** Views for district administrators only. */
const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  id: "_admin",
  beforeLoad: ({ context }) => {
    if (context.me.role !== "administrator") {
      throw new ApiError(403, "forbidden", translate(currentLocale(), "error.adminOnly"));
    }
  },
});

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./views/overview/OverviewView.js"), "OverviewView"),
});

const signupsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/anmeldungen",
  validateSearch: (search: Record<string, unknown>): { status?: "decided" } =>
    search.status === "decided" ? { status: "decided" } : {},
  component: lazyRouteComponent(
    () => import("./views/signups/SignupListView.js"),
    "SignupListView",
  ),
});

const signupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/anmeldungen/$signupId",
  component: lazyRouteComponent(
    () => import("./views/signups/SignupDetailView.js"),
    "SignupDetailView",
  ),
});

const volunteersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/ehrenamtliche",
  // Checked against the contract's statuses in the view (the router stays free of zod).
  validateSearch: (search: Record<string, unknown>): { status?: string; q?: string } => ({
    ...(typeof search.status === "string" && /^[a-z_]{1,40}$/.test(search.status)
      ? { status: search.status }
      : {}),
    ...(typeof search.q === "string" && search.q.trim() !== ""
      ? { q: search.q.trim().slice(0, 100) }
      : {}),
  }),
  component: lazyRouteComponent(() => import("./views/volunteers/RosterView.js"), "RosterView"),
});

const volunteerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/ehrenamtliche/$volunteerId",
  component: lazyRouteComponent(
    () => import("./views/volunteers/VolunteerView.js"),
    "VolunteerView",
  ),
});

const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/termine",
  component: lazyRouteComponent(
    () => import("./views/sessions/SessionListView.js"),
    "SessionListView",
  ),
});

const newSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/termine/neu",
  component: lazyRouteComponent(
    () => import("./views/sessions/SessionEditView.js"),
    "SessionEditView",
  ),
});

const editSessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/termine/$sessionId/bearbeiten",
  component: lazyRouteComponent(
    () => import("./views/sessions/SessionEditView.js"),
    "SessionEditView",
  ),
});

const attendanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/termine/$sessionId/anwesenheit",
  validateSearch: (search: Record<string, unknown>): { everyone?: true } =>
    search.everyone === true || search.everyone === "true" ? { everyone: true } : {},
  component: lazyRouteComponent(
    () => import("./views/attendance/AttendanceView.js"),
    "AttendanceView",
  ),
});

const cohortRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/zertifizierung",
  component: lazyRouteComponent(() => import("./views/certification/CohortView.js"), "CohortView"),
});

/** A search parameter that is a plain token (an id or code), else nothing. */
function token(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && pattern.test(value) ? value : undefined;
}

/** The inbox's filters; checked against the contract and the district in the view. */
interface CaseInboxSearch {
  state?: string;
  category?: string;
  language?: string;
  municipality?: string;
}

const helpRequestsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/anfragen",
  validateSearch: (search: Record<string, unknown>): CaseInboxSearch => {
    const state = token(search.state, /^[a-z_]{1,40}$/);
    const category = token(search.category, /^[a-z0-9_-]{1,80}$/);
    const language = token(search.language, /^[A-Za-z0-9-]{1,35}$/);
    const municipality = token(search.municipality, /^[a-z0-9_-]{1,80}$/);
    return {
      ...(state ? { state } : {}),
      ...(category ? { category } : {}),
      ...(language ? { language } : {}),
      ...(municipality ? { municipality } : {}),
    };
  },
  component: lazyRouteComponent(() => import("./views/cases/CaseInboxView.js"), "CaseInboxView"),
});

const helpRequestRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/anfragen/$requestId",
  component: lazyRouteComponent(() => import("./views/cases/CaseView.js"), "CaseView"),
});

/** A report year in the search (`?jahr=2025`); checked against the offered years in the view. */
function reportYear(value: unknown): number | undefined {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : value;
  return typeof year === "number" && Number.isInteger(year) && year >= 2020 && year <= 2100
    ? year
    : undefined;
}

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/bericht",
  validateSearch: (search: Record<string, unknown>): { jahr?: number } => {
    const jahr = reportYear(search.jahr);
    return jahr === undefined ? {} : { jahr };
  },
  component: lazyRouteComponent(() => import("./views/reports/ReportView.js"), "ReportView"),
});

const coordinatorsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/koordinierende",
  component: lazyRouteComponent(
    () => import("./views/coordinators/CoordinatorListView.js"),
    "CoordinatorListView",
  ),
});

const newCoordinatorRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/koordinierende/neu",
  component: lazyRouteComponent(
    () => import("./views/coordinators/CoordinatorEditView.js"),
    "CoordinatorEditView",
  ),
});

const editCoordinatorRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/koordinierende/$coordinatorId",
  component: lazyRouteComponent(
    () => import("./views/coordinators/CoordinatorEditView.js"),
    "CoordinatorEditView",
  ),
});

const auditLogRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/protokoll",
  validateSearch: (search: Record<string, unknown>): { recordType?: string } =>
    typeof search.recordType === "string" && /^[a-z_]{1,40}$/.test(search.recordType)
      ? { recordType: search.recordType }
      : {},
  component: lazyRouteComponent(() => import("./views/audit/AuditLogView.js"), "AuditLogView"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    overviewRoute,
    signupsRoute,
    signupRoute,
    volunteersRoute,
    volunteerRoute,
    sessionsRoute,
    newSessionRoute,
    editSessionRoute,
    attendanceRoute,
    cohortRoute,
    helpRequestsRoute,
    helpRequestRoute,
    reportRoute,
    adminRoute.addChildren([
      coordinatorsRoute,
      newCoordinatorRoute,
      editCoordinatorRoute,
      auditLogRoute,
    ]),
  ]),
]);

export function createWorkspaceRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: RouteError,
    defaultPreload: "intent",
    // Server state lives in TanStack Query; the router caches nothing of its own.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createWorkspaceRouter>;
  }
}
