import { registerMessages } from "@integrationspaten/domain";
import { en } from "@integrationspaten/domain/messages/en";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { type Config, configOf } from "./config.js";
import type { AppEnv } from "./http/context.js";
import { rejectCrossSite } from "./http/cross-site.js";
import { errorBody, errorLocale, WorkspaceError, workspaceErrors } from "./http/errors.js";
import { identify } from "./identity/middleware.js";
import { auditLogRoutes } from "./routes/audit-log.js";
import { caseRoutes } from "./routes/cases.js";
import {
  certificateRoutes,
  cohortRoutes,
  volunteerCertificationRoutes,
} from "./routes/certification.js";
import { coordinatorRoutes } from "./routes/coordinators.js";
import { devSignInRoutes } from "./routes/dev-sign-in.js";
import { exportRoutes } from "./routes/exports.js";
import { meRoutes } from "./routes/me.js";
import { overviewRoutes } from "./routes/overview.js";
import { reportRoutes } from "./routes/reports.js";
import { sessionRoutes } from "./routes/sessions.js";
import { signupRoutes } from "./routes/signups.js";
import { volunteerRoutes } from "./routes/volunteers.js";

// The workspace answers in German and English: the domain's messages (validation, the
// certification sentences) need the English catalogue registered, German is built in.
registerMessages(en);

/** Request bodies are small records; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Every route the workspace API has that needs a signed-in coordinator, mounted under
 * /api. The access matrix test walks this list, so a new route is tested without a test
 * having to remember it.
 */
export const protectedApi = new Hono<AppEnv>()
  .use(identify)
  .route("/me", meRoutes)
  .route("/overview", overviewRoutes)
  .route("/signups", signupRoutes)
  .route("/volunteers", volunteerRoutes)
  .route("/volunteers", volunteerCertificationRoutes)
  .route("/sessions", sessionRoutes)
  .route("/certification", cohortRoutes)
  .route("/certificates", certificateRoutes)
  .route("/cases", caseRoutes)
  .route("/reports", reportRoutes)
  .route("/coordinators", coordinatorRoutes)
  .route("/audit-log", auditLogRoutes)
  .route("/exports", exportRoutes);

/** The workspace API: /api/dev (development sign-in only), then everything else signed in. */
export const app = new Hono<AppEnv>()
  .basePath("/api")
  .use(async (c, next) => {
    c.set("locale", errorLocale(c.req.header("accept-language")));
    const config = configOf(c.env);
    if (!config.ok) {
      console.error(
        JSON.stringify({ level: "error", event: "config.invalid", problems: config.problems }),
      );
      throw new WorkspaceError("misconfigured");
    }
    c.set("config", config.config satisfies Config);
    await next();
    // Answers carry personal data: never cached, never framed, never sniffed.
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
  })
  .use(rejectCrossSite)
  .use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new WorkspaceError("payload_too_large");
      },
    }),
  )
  .route("/dev", devSignInRoutes)
  .route("/", protectedApi);

app.notFound((c) => c.json(errorBody("not_found", c.get("locale") ?? "de"), 404));

app.onError((error, c) => {
  const locale = c.get("locale") ?? "de";
  const respond = (
    code: Parameters<typeof errorBody>[0],
    issues?: Parameters<typeof errorBody>[2],
  ) => {
    const body = errorBody(code, locale, issues);
    c.header("cache-control", "no-store");
    return c.json(body, workspaceErrors[code].status);
  };
  if (error instanceof WorkspaceError) return respond(error.code, error.issues);
  // hono's JSON validator: a body that does not parse.
  if (error instanceof HTTPException && error.status === 400) return respond("malformed_body");
  console.error(JSON.stringify({ level: "error", event: "request.failed", name: error.name }));
  return respond("internal");
});
