/**
 * The certificate check island without React: its props, the number's check before
 * anything is sent (the domain's `verifyCertificateNumber`, the same the worker applies),
 * the request to the forms worker and what its answer means.
 */
import { verifyCertificateNumber } from "@integrationspaten/domain";

/**
 * Query parameters of the worker's check endpoint (`CERTIFICATE_CHECK.endpoint`: "GET with
 * `number` and, optionally, `name`"). The plain HTML form sends the same names.
 */
export const CHECK_PARAMETERS = { number: "number", name: "name" } as const;

/** Props of the island; plain data, it travels as JSON in the page. */
export interface CertificateCheckProps {
  /** Language of the page (German or English: the contract has these two pages). */
  locale: "de" | "en";
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  /** The worker's check endpoint; the plain form sends a GET there. */
  action: string;
  /** Query parameter of this page that carries a number (printed certificates link with it). */
  numberParameter: string;
  /** UI strings of the page language that the island uses. */
  strings: Readonly<Record<string, string>>;
}

export type CheckResult = "valid" | "expired" | "revoked" | "unknown";

/** The worker's JSON answer to a check (see apps/forms-worker/README.md). */
export interface CheckAnswer {
  result: CheckResult;
  number: string;
  issuedOn?: string;
  validUntil?: string;
  revokedOn?: string;
  district: string;
  holder?: string;
}

const RESULTS: readonly string[] = ["valid", "expired", "revoked", "unknown"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalString(value: unknown, pattern?: RegExp): value is string | undefined {
  return value === undefined || (typeof value === "string" && (!pattern || pattern.test(value)));
}

/**
 * Reads the worker's answer; undefined for anything that is not one (a proxy's page, a
 * future format). Unknown properties are ignored.
 *
 * @example
 * parseCheckAnswer({ result: "valid", number: "AZW-2026-0007-Y", district: "Landkreis Alzey-Worms" })
 * //=> { result: "valid", number: "AZW-2026-0007-Y", district: "Landkreis Alzey-Worms" }
 */
export function parseCheckAnswer(body: unknown): CheckAnswer | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = body as Record<string, unknown>;
  if (typeof value.result !== "string" || !RESULTS.includes(value.result)) return undefined;
  if (typeof value.number !== "string" || typeof value.district !== "string") return undefined;
  const { issuedOn, validUntil, revokedOn, holder } = value;
  if (!optionalString(issuedOn, DATE) || !optionalString(validUntil, DATE)) return undefined;
  if (!optionalString(revokedOn, DATE) || !optionalString(holder)) return undefined;
  return {
    result: value.result as CheckResult,
    number: value.number,
    district: value.district,
    ...(issuedOn === undefined ? {} : { issuedOn }),
    ...(validUntil === undefined ? {} : { validUntil }),
    ...(revokedOn === undefined ? {} : { revokedOn }),
    ...(holder === undefined ? {} : { holder }),
  };
}

/**
 * The number's form and check character, with the domain's message in the page language
 * (registered by `loadMessages`) when it cannot be a certificate's.
 *
 * @example
 * checkNumber(" azw-2026-0007-y ", "de") //=> { ok: true, number: "AZW-2026-0007-Y" }
 * checkNumber("AZW-2026-0007-X", "de")
 * //=> { ok: false, message: "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht." }
 */
export function checkNumber(
  text: string,
  locale: string,
): { ok: true; number: string } | { ok: false; message: string } {
  const verified = verifyCertificateNumber(text, locale);
  if (verified.ok) return { ok: true, number: verified.value.number };
  return { ok: false, message: verified.issues[0]?.message ?? "" };
}

/**
 * The message of the worker's error body (`submissionErrorBodySchema`): the first issue's,
 * which for the check is the domain's message about the number, else the error's own. Read
 * by hand, so that this island does not bundle zod for one object.
 */
export function errorMessageOf(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown; issues?: unknown } } | null)?.error;
  if (typeof error !== "object" || error === null) return undefined;
  const first = Array.isArray(error.issues)
    ? (error.issues[0] as { message?: unknown })
    : undefined;
  const message = typeof first?.message === "string" ? first.message : error.message;
  return typeof message === "string" && message !== "" ? message : undefined;
}

/** What the worker's answer means for the person checking. */
export type CheckOutcome =
  | { kind: "answer"; answer: CheckAnswer; nameGiven: boolean }
  | { kind: "invalid"; message: string }
  | { kind: "rateLimited" | "forbidden" | "unavailable" | "network" };

/**
 * Asks the worker: a simple CORS GET (no preflight) without credentials. 200 is the
 * answer, 400 the worker's message about the number, 429 rate limited, 5xx and network
 * failures unavailable, anything else refused.
 */
export async function askWorker(
  request: { action: string; number: string; name: string; locale: string },
  fetchImpl: typeof fetch = fetch,
): Promise<CheckOutcome> {
  const url = new URL(request.action);
  url.searchParams.set(CHECK_PARAMETERS.number, request.number);
  const name = request.name.trim();
  if (name !== "") url.searchParams.set(CHECK_PARAMETERS.name, name);
  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      method: "GET",
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      headers: { Accept: "application/json", "Accept-Language": request.locale },
    });
  } catch {
    return { kind: "network" };
  }
  if (response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { kind: "unavailable" };
    }
    const answer = parseCheckAnswer(body);
    return answer ? { kind: "answer", answer, nameGiven: name !== "" } : { kind: "unavailable" };
  }
  if (response.status === 400) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      // Fall through to the generic refusal.
    }
    const message = errorMessageOf(body);
    return message ? { kind: "invalid", message } : { kind: "forbidden" };
  }
  if (response.status === 429) return { kind: "rateLimited" };
  if (response.status >= 500) return { kind: "unavailable" };
  return { kind: "forbidden" };
}

/**
 * A calendar date `YYYY-MM-DD` in words, in the page language.
 *
 * @example
 * formatCalendarDate("2026-03-17", "de") //=> "17. März 2026"
 * formatCalendarDate("2026-03-17", "en") //=> "17 March 2026"
 */
export function formatCalendarDate(date: string, locale: string): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(instant);
}
