import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppEnv } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { findCoordinatorByEmail } from "../storage/coordinators.js";
import { ACCESS_HEADER, accessSettings, verifyAssertion } from "./access-assertion.js";
import { DEV_COOKIE, devSettings } from "./dev-sign-in.js";

/**
 * Signs the request in: a valid assertion (Cloudflare Access in production, the
 * development sign-in locally) whose e-mail address belongs to an active coordinator.
 * No valid assertion → 401, whatever else the request carries; a valid one for an
 * unknown or deactivated address → 403.
 */
export const identify: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { identity } = c.get("config");
  const verified =
    identity.kind === "access"
      ? await verifyAssertion(
          c.req.header(ACCESS_HEADER),
          accessSettings(identity.teamDomain, identity.audience),
        )
      : await verifyAssertion(
          c.req.header(ACCESS_HEADER) ?? getCookie(c, DEV_COOKIE),
          await devSettings(),
        );
  if (!verified) throw new WorkspaceError("unauthenticated");
  const coordinator = await findCoordinatorByEmail(c.env.DB, verified.email);
  if (!coordinator?.active) throw new WorkspaceError("not_a_coordinator");
  c.set("actor", coordinator);
  await next();
};
