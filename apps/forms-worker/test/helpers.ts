import { env, exports } from "cloudflare:workers";

/** The site origin allowed by wrangler.jsonc's ALLOWED_ORIGINS. */
export const SITE_ORIGIN = "http://127.0.0.1:4321";
export const BASE = "http://forms.test";

let clientCounter = 0;

/**
 * A fresh client address per call, so that the rate limiter (10 posts a minute per
 * client, enforced by wrangler's emulation) only bites in the tests about it.
 */
export function freshClientIp(): string {
  clientCounter += 1;
  const random = crypto.getRandomValues(new Uint16Array(3));
  return `2001:db8:${random[0]?.toString(16)}:${random[1]?.toString(16)}:${random[2]?.toString(16)}::${clientCounter.toString(16)}`;
}

/**
 * Waits, if need be, until the rate limiter's current window has at least `needMs` left.
 * Wrangler's emulation counts in windows aligned to the wall clock (12:34:00–12:34:59), so
 * eleven posts that straddle a minute would land in two windows and none would be refused:
 * a test that exhausts a client's budget starts early enough in a window instead.
 */
export async function startInOneRateWindow(needMs = 10_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** A form shown ten seconds ago: older than MIN_FILL_SECONDS. */
export function startedLongAgo(): number {
  return Date.now() - 10_000;
}

export function validSignup(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Ana Beispiel",
    email: "ana.beispiel@example.org",
    phone: "+49 6731 123456",
    municipality: "alzey",
    languages: [
      { language: "ar", level: "native" },
      { language: "de", level: "fluent" },
    ],
    categories: ["arzt", "behoerden"],
    availabilityNote: "Dienstags nachmittags",
    motivation: "Ich möchte helfen.",
    consent: true,
    website: "",
    formStartedAt: startedLongAgo(),
    locale: "de",
    ...overrides,
  };
}

export function validHelpRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    requesterRole: "self",
    contactName: "Omar Beispiel",
    contactEmail: "omar@example.org",
    contactPhone: "+49 6731 654321",
    category: "arzt",
    languages: ["ar", "prs"],
    municipality: "woerrstadt",
    preferredDate: "2027-03-17",
    weekdays: [2, 4],
    timesOfDay: ["morning"],
    description: "Termin beim Hausarzt",
    consent: true,
    website: "",
    formStartedAt: startedLongAgo(),
    locale: "de",
    ...overrides,
  };
}

export interface PostOptions {
  readonly headers?: Record<string, string>;
  /** Client address (CF-Connecting-IP); a fresh one when omitted. */
  readonly ip?: string;
  /** Origin header; the site origin when omitted, none when null. */
  readonly origin?: string | null;
}

function headersFor(options: PostOptions, contentType: string): Headers {
  const headers = new Headers({
    "content-type": contentType,
    "cf-connecting-ip": options.ip ?? freshClientIp(),
  });
  if (options.origin !== null) headers.set("origin", options.origin ?? SITE_ORIGIN);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return headers;
}

/** POSTs a JSON body through the worker's fetch handler. */
export function postJson(
  path: string,
  body: unknown,
  options: PostOptions = {},
): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: headersFor(options, "application/json"),
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** POSTs raw bytes or text with any content type. */
export function postRaw(
  path: string,
  body: BodyInit,
  contentType: string,
  options: PostOptions = {},
): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: headersFor(options, contentType),
    body,
  });
}

/**
 * Encodes a submission the way a browser sends the form without JavaScript: lists as
 * repeated fields, sign-up languages as `languages.N.language` / `languages.N.level` rows,
 * consent as `on`.
 */
export function formFields(payload: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item === "object") {
          for (const [key, inner] of Object.entries(item)) {
            params.append(`${name}.${index}.${key}`, String(inner));
          }
        } else {
          params.append(name, String(item));
        }
      });
    } else if (value === true) {
      params.append(name, "on");
    } else if (value !== false) {
      params.append(name, String(value));
    }
  }
  return params;
}

/** POSTs a url-encoded form (the no-JavaScript path). */
export function postForm(
  path: string,
  fields: URLSearchParams | string,
  options: PostOptions = {},
): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: headersFor(options, "application/x-www-form-urlencoded"),
    body: fields.toString(),
    redirect: "manual",
  });
}

export interface StoredRow {
  id: string;
  kind: string;
  status: string;
  coordination_point: string;
  locale: string | null;
  payload: string;
  notified_at: string | null;
}

/** Reads a stored row directly (route tests check what the database holds). */
export async function storedRow(id: string): Promise<StoredRow | null> {
  return env.DB.prepare("SELECT * FROM submissions WHERE id = ?1").bind(id).first<StoredRow>();
}

/** Number of stored submissions whose payload contains `marker` (a unique test string). */
export async function countWithMarker(marker: string): Promise<number> {
  const row = await env.DB.prepare(
    "SELECT COUNT(*) AS n FROM submissions WHERE instr(payload, ?1) > 0",
  )
    .bind(marker)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A unique string to find a test's submissions again. */
export function marker(): string {
  return `T${crypto.randomUUID().slice(0, 8)}`;
}

type MutableEnv = Record<string, unknown>;

/**
 * Runs `fn` with some variables of the worker's env replaced (the test runner shares the
 * env object with the worker under test) and restores them afterwards.
 */
export async function withEnv<T>(
  overrides: Record<string, string>,
  fn: () => Promise<T>,
): Promise<T> {
  const target = env as unknown as MutableEnv;
  const saved = Object.fromEntries(Object.keys(overrides).map((key) => [key, target[key]]));
  Object.assign(target, overrides);
  try {
    return await fn();
  } finally {
    Object.assign(target, saved);
  }
}
