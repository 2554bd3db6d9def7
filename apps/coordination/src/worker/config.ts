import { z } from "zod";

/*
 * The workspace's configuration, read from wrangler `vars` (and .dev.vars locally) through
 * one zod schema. A malformed value fails loudly — every request is answered 500
 * `misconfigured` — instead of falling back to something that could let people in.
 */

const httpsOrigin = z
  .url({ protocol: /^https$/, error: "must be an https:// address" })
  .transform((value) => new URL(value).origin);

const anyOrigin = z.url({ protocol: /^https?$/ }).transform((value) => new URL(value).origin);

const sourceSchema = z
  .object({
    ENVIRONMENT: z.enum(["production", "development"]).default("production"),
    DEV_SIGN_IN: z.enum(["true", "false"]).default("false"),
    ACCESS_TEAM_DOMAIN: z.string().trim().default(""),
    ACCESS_AUD: z.string().trim().default(""),
    SITE_URL: anyOrigin.default("http://127.0.0.1:4321"),
  })
  .superRefine((source, ctx) => {
    if (source.DEV_SIGN_IN === "true" && source.ENVIRONMENT !== "development") {
      ctx.addIssue({
        code: "custom",
        path: ["DEV_SIGN_IN"],
        message:
          "the development sign-in is refused outside ENVIRONMENT=development (it would let anyone choose who they are)",
      });
    }
    if (source.DEV_SIGN_IN === "false") {
      if (!httpsOrigin.safeParse(source.ACCESS_TEAM_DOMAIN).success) {
        ctx.addIssue({
          code: "custom",
          path: ["ACCESS_TEAM_DOMAIN"],
          message: "must be the team's https:// address, e.g. https://<team>.cloudflareaccess.com",
        });
      }
      if (!/^[A-Za-z0-9_-]{8,128}$/.test(source.ACCESS_AUD)) {
        ctx.addIssue({
          code: "custom",
          path: ["ACCESS_AUD"],
          message: "must be the Access application's audience (AUD) tag",
        });
      }
    }
  });

/** How people sign in: Cloudflare Access in production, a demo list in development. */
export type Identity =
  | { readonly kind: "access"; readonly teamDomain: string; readonly audience: string }
  | { readonly kind: "development" };

export interface Config {
  readonly environment: "production" | "development";
  readonly identity: Identity;
  /** Origin of the public site. */
  readonly siteUrl: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/**
 * Reads the configuration from the Worker's environment.
 *
 * @example
 * readConfig({ ENVIRONMENT: "production", DEV_SIGN_IN: "true" }).ok //=> false
 */
export function readConfig(source: Record<string, unknown>): ConfigResult {
  const parsed = sourceSchema.safeParse(source);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  const value = parsed.data;
  const identity: Identity =
    value.DEV_SIGN_IN === "true"
      ? { kind: "development" }
      : {
          kind: "access",
          teamDomain: new URL(value.ACCESS_TEAM_DOMAIN).origin,
          audience: value.ACCESS_AUD,
        };
  return {
    ok: true,
    config: { environment: value.ENVIRONMENT, identity, siteUrl: value.SITE_URL },
  };
}
