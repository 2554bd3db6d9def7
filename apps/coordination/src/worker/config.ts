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
    // Where the workspace itself is reached: the links in e-mails to volunteers point here.
    WORKSPACE_URL: anyOrigin.default("http://127.0.0.1:8788"),
    // Signs the links sent to volunteers and their calendar feeds (a secret; at least 32
    // characters). Changing it makes every link sent so far invalid.
    LINK_SECRET: z.string().min(32, { error: "must be a secret of at least 32 characters" }),
    // How long a volunteer has to answer an offer before the case returns.
    OFFER_HOURS: z.coerce.number().int().min(1).max(720).default(48),
    // Sender of the e-mails to volunteers and requesters.
    MAIL_FROM: z.email().default("koordination@integrationspaten.example"),
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
  /** Origin of the workspace (links in e-mails). */
  readonly workspaceUrl: string;
  readonly linkSecret: string;
  /** Hours a volunteer has to answer an offer. */
  readonly offerHours: number;
  readonly mailFrom: string;
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
    config: {
      environment: value.ENVIRONMENT,
      identity,
      siteUrl: value.SITE_URL,
      workspaceUrl: value.WORKSPACE_URL,
      linkSecret: value.LINK_SECRET,
      offerHours: value.OFFER_HOURS,
      mailFrom: value.MAIL_FROM,
    },
  };
}

const configs = new WeakMap<object, ConfigResult>();

/** The configuration of this environment, read once per `env` object (not per request). */
export function configOf(env: Env): ConfigResult {
  let config = configs.get(env);
  if (!config) {
    config = readConfig(env as unknown as Record<string, unknown>);
    configs.set(env, config);
  }
  return config;
}
