import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { type AppEnv, jsonBody } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { DEV_COOKIE, signDevAssertion } from "../identity/dev-sign-in.js";
import { getCoordinator, listCoordinators } from "../storage/coordinators.js";

/**
 * The development sign-in (local only): lists the coordinators and signs one in. In any
 * other configuration these paths do not exist (404), and config.ts refuses to enable
 * them in production.
 */
export const devSignInRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    if (c.get("config").identity.kind !== "development") throw new WorkspaceError("not_found");
    await next();
  })
  .get("/coordinators", async (c) => {
    const coordinators = await listCoordinators(c.env.DB);
    return c.json(coordinators.filter((coordinator) => coordinator.active));
  })
  .post("/sign-in", jsonBody(z.strictObject({ coordinatorId: z.string().max(80) })), async (c) => {
    const coordinator = await getCoordinator(c.env.DB, c.req.valid("json").coordinatorId);
    if (!coordinator?.active) throw new WorkspaceError("not_found");
    setCookie(c, DEV_COOKIE, await signDevAssertion(coordinator.email), {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
      maxAge: 8 * 60 * 60,
    });
    return c.json(coordinator);
  })
  .post("/sign-out", (c) => {
    deleteCookie(c, DEV_COOKIE, { path: "/" });
    return c.body(null, 204);
  });
