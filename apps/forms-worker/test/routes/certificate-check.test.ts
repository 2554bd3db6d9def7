import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import {
  addDays,
  CERTIFICATE_CHECK,
  formatCertificateNumber,
  zonedDate,
} from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import worker from "../../src/index.js";
import { BASE, freshClientIp, SITE_ORIGIN } from "../helpers.js";

/*
 * The public certificate check against the real D1 (migrations applied by the setup
 * file). Certificates are inserted with SQL, as the coordinators' workspace stores them;
 * dates are relative to today in the district's time zone, so the tests never go stale.
 */

const TODAY = zonedDate(new Date(), "Europe/Berlin");
const DISTRICT = "Landkreis Alzey-Worms";
/** Browsers send this for a page they navigate to (a plain form sent with GET). */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

let nextSequence = 4000 + Math.floor(Math.random() * 100_000);

/** A fresh, correctly formed number (check character included) that no row has yet. */
function newNumber(year = 2026): string {
  nextSequence += 1;
  const formatted = formatCertificateNumber({ prefix: "AZW", year, sequence: nextSequence });
  if (!formatted.ok) throw new Error("test numbers are well formed");
  return formatted.value;
}

interface Row {
  holderName?: string | null;
  issuedOn?: string;
  validUntil?: string | null;
  renewalDueOn?: string | null;
  revokedOn?: string | null;
}

/** Inserts a certificate as the workspace does and returns its number. */
async function insertCertificate(row: Row = {}): Promise<string> {
  const number = newNumber();
  const [, year = "", sequence = ""] = number.split("-");
  await env.DB.prepare(
    `INSERT INTO certificates (number, district_id, year, sequence, volunteer_id, holder_name,
       issued_on, valid_until, renewal_due_on, modules, revoked_on, revocation_reason,
       issued_by, created_at)
     VALUES (?1, 'alzey-worms', ?2, ?3, NULL, ?4, ?5, ?6, ?7, '["Fachvortrag Behörden"]', ?8, ?9,
       'coordinator@example.org', ?10)`,
  )
    .bind(
      number,
      Number(year),
      Number(sequence),
      row.holderName === undefined ? "Ana Beispiel" : row.holderName,
      row.issuedOn ?? addDays(TODAY, -400),
      row.validUntil === undefined ? addDays(TODAY, 700) : row.validUntil,
      row.renewalDueOn === undefined ? addDays(TODAY, 600) : row.renewalDueOn,
      row.revokedOn ?? null,
      row.revokedOn ? "left_programme" : null,
      new Date().toISOString(),
    )
    .run();
  return number;
}

interface CheckOptions {
  readonly name?: string;
  readonly accept?: string;
  readonly ip?: string;
  /** Origin header; none when omitted. */
  readonly origin?: string;
  readonly headers?: Record<string, string>;
  readonly method?: string;
  readonly extra?: Record<string, string>;
}

function checkUrl(number: string | undefined, options: CheckOptions = {}): string {
  const url = new URL(`${BASE}${CERTIFICATE_CHECK.endpoint}`);
  if (number !== undefined) url.searchParams.set("number", number);
  if (options.name !== undefined) url.searchParams.set("name", options.name);
  for (const [key, value] of Object.entries(options.extra ?? {})) url.searchParams.set(key, value);
  return url.href;
}

function checkRequest(number: string | undefined, options: CheckOptions = {}): Request {
  const headers = new Headers({
    accept: options.accept ?? "application/json",
    "cf-connecting-ip": options.ip ?? freshClientIp(),
    ...options.headers,
  });
  if (options.origin !== undefined) headers.set("origin", options.origin);
  return new Request(checkUrl(number, options), { method: options.method ?? "GET", headers });
}

function check(number: string | undefined, options: CheckOptions = {}): Promise<Response> {
  return exports.default.fetch(checkRequest(number, options));
}

async function checkJson(number: string, options: CheckOptions = {}) {
  const response = await check(number, options);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** The worker's env with a DB that counts every statement it is asked to prepare. */
function countingEnv(): { env: Env; statements: () => number } {
  let count = 0;
  const db = new Proxy(env.DB, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (property === "prepare" || property === "batch" || property === "exec") count += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const counted = new Proxy(env, {
    get: (target, property) => (property === "DB" ? db : Reflect.get(target, property, target)),
  });
  return { env: counted, statements: () => count };
}

async function checkWith(testEnv: Env, request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  // An incoming request as workerd hands it to the handler (the test has no `cf` object).
  const incoming = request as Request<unknown, IncomingRequestCfProperties>;
  const response = await worker.fetch(incoming, testEnv, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe("the certificate check's results", () => {
  it("answers valid with the dates and the district, and no name", async () => {
    const issuedOn = addDays(TODAY, -30);
    const validUntil = addDays(TODAY, 1000);
    const number = await insertCertificate({ issuedOn, validUntil });

    expect(await checkJson(number)).toEqual({
      result: "valid",
      number,
      issuedOn,
      validUntil,
      district: DISTRICT,
    });
  });

  it("counts a certificate whose refresher is due as valid", async () => {
    const number = await insertCertificate({
      renewalDueOn: addDays(TODAY, -10),
      validUntil: addDays(TODAY, 20),
    });

    expect(await checkJson(number)).toMatchObject({ result: "valid" });
  });

  it("is valid on its last day and expired the day after", async () => {
    const lastDay = await insertCertificate({ validUntil: TODAY, renewalDueOn: null });
    const over = await insertCertificate({ validUntil: addDays(TODAY, -1) });

    expect(await checkJson(lastDay)).toMatchObject({ result: "valid", validUntil: TODAY });
    expect(await checkJson(over)).toMatchObject({
      result: "expired",
      validUntil: addDays(TODAY, -1),
    });
  });

  it("answers a certificate without an expiry date as valid, without validUntil", async () => {
    const number = await insertCertificate({ validUntil: null, renewalDueOn: null });
    const body = await checkJson(number);

    expect(body).toMatchObject({ result: "valid" });
    expect(body).not.toHaveProperty("validUntil");
  });

  it("answers revoked, before expired, with the day of revocation and never the reason", async () => {
    const revokedOn = addDays(TODAY, -5);
    const number = await insertCertificate({ revokedOn, validUntil: addDays(TODAY, -1) });
    const response = await check(number);
    const text = await response.text();

    expect(JSON.parse(text)).toMatchObject({ result: "revoked", revokedOn, district: DISTRICT });
    expect(text).not.toContain("left_programme");
    expect(text).not.toContain("Fachvortrag");
    expect(text).not.toContain("coordinator@example.org");
  });

  it("answers unknown for a well-formed number that was never issued", async () => {
    const number = newNumber();

    expect(await checkJson(number)).toEqual({ result: "unknown", number, district: DISTRICT });
  });

  it("forgives lower case and surrounding spaces, and answers with the canonical number", async () => {
    const number = await insertCertificate();

    expect(await checkJson(`  ${number.toLowerCase()} `)).toMatchObject({
      result: "valid",
      number,
    });
  });
});

describe("the holder's name", () => {
  it("is confirmed only to someone who typed it", async () => {
    const number = await insertCertificate({ holderName: "Ana Beispiel" });

    expect(await checkJson(number, { name: "Ana Beispiel" })).toMatchObject({
      result: "valid",
      holder: "Ana Beispiel",
    });
  });

  it("matches regardless of case, spacing, compatibility forms and diacritics", async () => {
    const number = await insertCertificate({ holderName: "Ayşe Çelik-Müller" });

    for (const typed of [
      "ayşe çelik-müller",
      "  AYŞE   ÇELİK-MÜLLER ",
      "Ayse Celik-Muller",
      "Ａｙşe Çelik-Müller",
      "Ayşe\u00a0Çelik-Müller",
    ]) {
      expect(await checkJson(number, { name: typed }), typed).toMatchObject({
        holder: "Ayşe Çelik-Müller",
      });
    }
  });

  it("is absent when the name typed does not match", async () => {
    const number = await insertCertificate({ holderName: "Ana Beispiel" });

    for (const typed of [
      "Ana",
      "Beispiel",
      "Ana Beispie",
      "Ana-Beispiel",
      "%",
      "*",
      "Ana Beispiel X",
    ]) {
      const body = await checkJson(number, { name: typed });
      expect(body, typed).toMatchObject({ result: "valid" });
      expect(body, typed).not.toHaveProperty("holder");
      expect(JSON.stringify(body), typed).not.toContain("Beispiel");
    }
  });

  it("is absent without a name or with an empty one", async () => {
    const number = await insertCertificate({ holderName: "Ana Beispiel" });

    for (const name of [undefined, "", "   "]) {
      const body = await checkJson(number, name === undefined ? {} : { name });
      expect(body).not.toHaveProperty("holder");
    }
  });

  it("never matches an erased holder, and answers as for a wrong name", async () => {
    const erased = await insertCertificate({ holderName: null });
    const named = await insertCertificate({ holderName: "Ana Beispiel" });

    const forErased = await checkJson(erased, { name: "Ana Beispiel" });
    const forWrongName = await checkJson(named, { name: "Someone Else" });

    expect(forErased).not.toHaveProperty("holder");
    expect(Object.keys(forErased).sort()).toEqual(Object.keys(forWrongName).sort());
  });

  it("is confirmed for an expired or revoked certificate too, so the result is not mistaken for someone else's", async () => {
    const number = await insertCertificate({
      holderName: "Ana Beispiel",
      revokedOn: addDays(TODAY, -1),
    });

    expect(await checkJson(number, { name: "ana beispiel" })).toMatchObject({
      result: "revoked",
      holder: "Ana Beispiel",
    });
  });

  it("does not match a name longer than 200 characters", async () => {
    const long = "A".repeat(250);
    const number = await insertCertificate({ holderName: long });

    expect(await checkJson(number, { name: long })).not.toHaveProperty("holder");
  });
});

describe("a malformed number or a wrong check character", () => {
  const cases: [string, string | undefined, string, string][] = [
    [
      "a wrong check character",
      "AZW-2026-0007-X",
      "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
      "The check character of this certificate number is wrong.",
    ],
    [
      "two swapped digits",
      "AZW-2026-0070-Y",
      "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
      "The check character of this certificate number is wrong.",
    ],
    [
      "a malformed number",
      "AZW 2026 7",
      "Diese Zertifikatsnummer hat nicht das Format „AZW-2026-0001-X“.",
      "This certificate number does not have the form “AZW-2026-0001-X”.",
    ],
    [
      "an SQL fragment",
      "' OR 1=1 --",
      "Diese Zertifikatsnummer hat nicht das Format „AZW-2026-0001-X“.",
      "This certificate number does not have the form “AZW-2026-0001-X”.",
    ],
    [
      "no number",
      undefined,
      "Diese Zertifikatsnummer hat nicht das Format „AZW-2026-0001-X“.",
      "This certificate number does not have the form “AZW-2026-0001-X”.",
    ],
  ];

  it.each(cases)(
    "answers %s with 400 and the domain's message, without a database query",
    async (_what, number, german, english) => {
      const counting = countingEnv();
      const de = await checkWith(counting.env, checkRequest(number));
      const en = await checkWith(
        counting.env,
        checkRequest(number, { headers: { "accept-language": "en" } }),
      );

      expect(de.status).toBe(400);
      expect(de.headers.get("cache-control")).toBe("no-store");
      expect(await de.json()).toEqual({
        error: {
          code: "invalid_certificate_number",
          message: "Diese Zertifikatsnummer kann es nicht geben; geprüft wurde deshalb nichts.",
          issues: [{ field: "number", message: german }],
          issueCount: 1,
        },
      });
      expect(await en.json()).toMatchObject({
        error: {
          code: "invalid_certificate_number",
          issues: [{ field: "number", message: english }],
        },
      });
      expect(counting.statements()).toBe(0);
    },
  );

  it("while a well-formed number is looked up with exactly one statement (the counter counts)", async () => {
    const counting = countingEnv();
    const response = await checkWith(counting.env, checkRequest(newNumber()));

    expect(response.status).toBe(200);
    expect(counting.statements()).toBe(1);
  });

  it("takes the language of the check page's locale parameter over Accept-Language", async () => {
    const response = await check("AZW-2026-0007-X", {
      extra: { locale: "en" },
      headers: { "accept-language": "de" },
    });

    expect(await response.json()).toMatchObject({
      error: { issues: [{ message: "The check character of this certificate number is wrong." }] },
    });
  });
});

describe("rate limiting (CHECK_RATE_LIMITER: 20 checks a minute per client)", () => {
  it("answers the 21st check of one client within a minute with 429 and Retry-After", async () => {
    const ip = freshClientIp();
    const number = await insertCertificate();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await check(number, { ip })).status);
    const last = await check(number, {
      ip,
      origin: SITE_ORIGIN,
      headers: { "accept-language": "en" },
    });

    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toBe("60");
    expect(last.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
    expect(await last.json()).toEqual({
      error: {
        code: "too_many_checks",
        message: "Too many certificate checks came from your connection in a short time.",
      },
    });
  });

  it("counts malformed numbers too, so trying numbers in bulk is throttled", async () => {
    const ip = freshClientIp();
    for (let i = 0; i < 20; i++) await check(`AZW-2026-${i}`, { ip });

    expect((await check(newNumber(), { ip })).status).toBe(429);
  });

  it("does not throttle another client, and keeps apart from the submissions' limiter", async () => {
    const ip = freshClientIp();
    for (let i = 0; i < 21; i++) await check(newNumber(), { ip });

    expect((await check(newNumber())).status).toBe(200);
    const post = await exports.default.fetch(`${BASE}/api/signups`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": ip },
      body: "{",
    });
    expect(post.status).toBe(400);
  });
});

describe("browsers without JavaScript (Accept: text/html)", () => {
  it("get an accessible German result page with the name confirmed and a link back", async () => {
    const number = await insertCertificate({
      holderName: "Ana Beispiel",
      issuedOn: "2026-03-17",
      validUntil: addDays(TODAY, 365),
    });
    const response = await check(number, { accept: BROWSER_ACCEPT, name: "ana beispiel" });
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page).toContain('<html lang="de">');
    expect(page).toContain("<h1>Das Zertifikat ist gültig</h1>");
    expect(page).toContain(`<dd>${number}</dd>`);
    expect(page).toContain("<dd>17. März 2026</dd>");
    expect(page).toContain("<dd>Ana Beispiel</dd>");
    expect(page).toContain("Der eingegebene Name stimmt mit dem Namen auf dem Zertifikat überein.");
    expect(page).toContain(
      `<a href="http://127.0.0.1:4321${CERTIFICATE_CHECK.pages.de}">Ein weiteres Zertifikat prüfen</a>`,
    );
  });

  it("get the English page from the English check page, without the name when it does not match", async () => {
    const number = await insertCertificate({ holderName: "Ana Beispiel" });
    const response = await check(number, {
      accept: BROWSER_ACCEPT,
      name: "Someone Else",
      extra: { locale: "en" },
    });
    const page = await response.text();

    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<h1>The certificate is valid</h1>");
    expect(page).toContain('<dd lang="de">Landkreis Alzey-Worms</dd>');
    expect(page).toContain("We cannot confirm the name you entered.");
    expect(page).not.toContain("Beispiel");
    expect(page).toContain(`href="http://127.0.0.1:4321${CERTIFICATE_CHECK.pages.en}"`);
  });

  it("get pages for expired, revoked and unknown numbers that say so in the heading", async () => {
    const expired = await insertCertificate({ validUntil: addDays(TODAY, -1) });
    const revoked = await insertCertificate({ revokedOn: TODAY });
    const headings = [];
    for (const number of [expired, revoked, newNumber()]) {
      const page = await (await check(number, { accept: BROWSER_ACCEPT })).text();
      headings.push(/<h1>([^<]+)<\/h1>/.exec(page)?.[1]);
    }

    expect(headings).toEqual([
      "Das Zertifikat ist abgelaufen",
      "Das Zertifikat wurde widerrufen",
      "Kein Zertifikat mit dieser Nummer",
    ]);
  });

  it("get the 400 as a page with the domain's message and a link back with the number filled in", async () => {
    const response = await check("AZW-2026-0007-X", { accept: BROWSER_ACCEPT });
    const page = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page).toContain("<h1>Zertifikatsnummer ungültig</h1>");
    expect(page).toContain(
      "<strong>Zertifikatsnummer:</strong> Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
    );
    expect(page).not.toContain("Es wurde nichts gespeichert.");
    expect(page).toContain(
      `href="http://127.0.0.1:4321${CERTIFICATE_CHECK.pages.de}?${CERTIFICATE_CHECK.numberParameter}=AZW-2026-0007-X"`,
    );
  });

  it("escape what was typed", async () => {
    const response = await check('<script>alert("x")</script>', { accept: BROWSER_ACCEPT });
    const page = await response.text();

    expect(page).not.toContain("<script>");
  });

  it("get JSON when they ask for JSON, and for curl's */*", async () => {
    const number = await insertCertificate();
    for (const accept of ["application/json", "*/*", "application/json, text/html;q=0.5"]) {
      const response = await check(number, { accept });
      expect(response.headers.get("content-type"), accept).toBe("application/json; charset=utf-8");
    }
  });
});

describe("HTTP details", () => {
  it("allows the site's origins (CORS) and refuses others", async () => {
    const number = await insertCertificate();
    const allowed = await check(number, { origin: SITE_ORIGIN });
    const other = await check(number, { origin: "https://evil.example" });

    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
    expect(allowed.headers.get("vary")).toMatch(/Origin/);
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight from the site with GET and HEAD", async () => {
    const response = await check(undefined, {
      method: "OPTIONS",
      origin: SITE_ORIGIN,
      headers: { "access-control-request-method": "GET" },
    });

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("is never cached", async () => {
    const response = await check(await insertCertificate());

    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("vary")).toMatch(/Accept/);
  });

  it("answers HEAD without a body", async () => {
    const response = await check(await insertCertificate(), { method: "HEAD" });

    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses %s with 405 and Allow", async (method) => {
    const response = await check(await insertCertificate(), { method });

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
