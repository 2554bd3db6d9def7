/**
 * The worker's configuration, read from wrangler `vars` and secrets (once, not per
 * request: {@link configOf}).
 * Values are checked and normalised here so that handlers never parse strings; a missing
 * or malformed value falls back to the documented default instead of failing requests.
 */
export interface Config {
  /** Origin of the static site, without a trailing slash (`https://integrationspaten.example`). */
  readonly siteUrl: string;
  /** Browser origins allowed to post (exact `scheme://host[:port]`). */
  readonly allowedOrigins: ReadonlySet<string>;
  /** Minimum seconds between showing a form and sending it. */
  readonly minFillSeconds: number;
  /**
   * Public origin of the coordinators' workspace (apps/coordination), without a trailing
   * slash; notification e-mails link to the record there.
   */
  readonly workspaceUrl: string;
  /** Turnstile secret; empty means no bot check (local development). */
  readonly turnstileSecret: string;
  /** Sender address of notification e-mails. */
  readonly notifyFrom: string;
  /** Local development only: recipient that replaces every coordination point's address. */
  readonly notifyToOverride: string;
  /** Benchmark mode: the rate limiter keys on the X-Bench-Client header. */
  readonly benchMode: boolean;
}

/** The variables and secrets the configuration is read from (see wrangler.jsonc). */
export type ConfigSource = Partial<
  Record<
    | "SITE_URL"
    | "ALLOWED_ORIGINS"
    | "MIN_FILL_SECONDS"
    | "WORKSPACE_URL"
    | "BENCH_MODE"
    | "TURNSTILE_SECRET"
    | "NOTIFY_FROM"
    | "NOTIFY_TO_OVERRIDE",
    string
  >
>;

export const DEFAULTS = {
  siteUrl: "http://127.0.0.1:4321",
  allowedOrigins: "http://localhost:4321,http://127.0.0.1:4321",
  minFillSeconds: 3,
  workspaceUrl: "http://127.0.0.1:8788",
} as const;

function origin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `https://example.org/path/` → `https://example.org/path` (a base to append paths to). */
function baseUrl(value: string | undefined, fallback: string): string {
  if (!value || origin(value) === undefined) return fallback;
  return value.trim().replace(/\/+$/, "");
}

/**
 * Reads the configuration from the worker's environment.
 *
 * @example
 * readConfig({ ALLOWED_ORIGINS: "https://a.example, https://b.example/" }).allowedOrigins
 * //=> Set { "https://a.example", "https://b.example" }
 */
export function readConfig(source: ConfigSource): Config {
  const origins = (source.ALLOWED_ORIGINS ?? DEFAULTS.allowedOrigins)
    .split(",")
    .map(origin)
    .filter((value): value is string => value !== undefined);
  const minFill = Number(source.MIN_FILL_SECONDS);
  return {
    siteUrl: baseUrl(source.SITE_URL, DEFAULTS.siteUrl),
    allowedOrigins: new Set(origins),
    minFillSeconds:
      source.MIN_FILL_SECONDS !== undefined &&
      source.MIN_FILL_SECONDS.trim() !== "" &&
      Number.isFinite(minFill) &&
      minFill >= 0
        ? minFill
        : DEFAULTS.minFillSeconds,
    workspaceUrl: baseUrl(source.WORKSPACE_URL, DEFAULTS.workspaceUrl),
    turnstileSecret: (source.TURNSTILE_SECRET ?? "").trim(),
    notifyFrom: (source.NOTIFY_FROM ?? "").trim(),
    notifyToOverride: (source.NOTIFY_TO_OVERRIDE ?? "").trim(),
    benchMode: source.BENCH_MODE === "true",
  };
}

/** The variables {@link readConfig} reads, in a fixed order (the cache key of {@link configOf}). */
const SOURCE_NAMES = [
  "SITE_URL",
  "ALLOWED_ORIGINS",
  "MIN_FILL_SECONDS",
  "WORKSPACE_URL",
  "BENCH_MODE",
  "TURNSTILE_SECRET",
  "NOTIFY_FROM",
  "NOTIFY_TO_OVERRIDE",
] as const satisfies readonly (keyof ConfigSource)[];

let cached: { readonly key: string; readonly config: Config } | undefined;

/**
 * {@link readConfig}, parsed once for as long as the variables stay the same: every
 * request and queue batch of an isolate sees the same `env`, and parsing its URLs each
 * time was repeated work. The key is the variables' values themselves (not the `env`
 * object's identity), so a changed value — tests change them in place — is never
 * answered from the cache.
 */
export function configOf(source: ConfigSource): Config {
  const key = SOURCE_NAMES.map((name) => source[name] ?? "\u0000").join("\u0001");
  if (cached?.key !== key) cached = { key, config: readConfig(source) };
  return cached.config;
}
