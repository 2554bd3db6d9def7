import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.js";
import { WorkspaceError } from "./errors.js";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a browser sent from another site. Browsers send
 * `Sec-Fetch-Site` and `Origin` with every such request, so either one naming another
 * site is enough to refuse; tools without a browser (a service token with curl) send
 * neither and are judged by their Access assertion alone. Bodies must be JSON, which no
 * HTML form can send cross-site without a CORS preflight (and this API answers none).
 *
 * Written here rather than taken from `hono/csrf`, which checks only requests with form
 * content types and says nothing about the others.
 */
export const rejectCrossSite: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE.has(c.req.method)) {
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    if (
      (fetchSite && fetchSite !== "same-origin") ||
      (origin && origin !== new URL(c.req.url).origin)
    ) {
      throw new WorkspaceError("cross_site");
    }
    const type = c.req.header("content-type");
    const hasBody = c.req.header("content-length") !== "0" && c.req.raw.body !== null;
    if (hasBody && !/^application\/json\s*(;|$)/i.test(type ?? "")) {
      throw new WorkspaceError("unsupported_media_type");
    }
  }
  await next();
};
