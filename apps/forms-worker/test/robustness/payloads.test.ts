import { env } from "cloudflare:workers";
import {
  alzeyWorms,
  decodeFormFields,
  FORM_FIELDS,
  formSchemasFor,
  parseWith,
  type SubmissionKind,
  splitJsonSubmission,
} from "@integrationspaten/domain";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { postForm, postRaw } from "../helpers.js";

/*
 * Robustness: a few thousand generated and hostile payloads — wrong types, huge strings,
 * deep nesting, invalid UTF-8, prototype-pollution keys, HTML/script content — sent through
 * the worker's fetch handler against the real D1. Invariants:
 *   1. no answer is a 5xx;
 *   2. the worker accepts exactly what the district's schema accepts, and stores exactly one
 *      row for it (the schema is the oracle; spam is answered but not stored);
 *   3. a repeated valid post stores nothing new;
 *   4. every row in the database validates against its schema (checked at the end);
 *   5. nothing pollutes Object.prototype.
 * Seeds are random per run; a failure prints the seed and the shrunk counterexample.
 */

const district = alzeyWorms();
const schemas = formSchemasFor(district);
const schemaOf = (kind: SubmissionKind) =>
  kind === "volunteer_signup" ? schemas.volunteerSignup : schemas.helpRequest;
const PATHS: Record<SubmissionKind, string> = {
  volunteer_signup: "/api/signups",
  help_request: "/api/help-requests",
};

const municipalityIds = district.municipalities.map((m) => m.id);
const categoryIds = district.categories.map((c) => c.id);

const HOSTILE_TEXT = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "'; DROP TABLE submissions; --",
  "\u0000\u0001\u001f",
  "\u202eevil\u202c",
  "__proto__",
  "constructor",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "{{7*7}}${7*7}",
  "Zoë Ünal-Çelik 😀 محمد",
  "\r\nBcc: victim@example.org",
  "a".repeat(121),
  "ü".repeat(600),
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }).map((s) => s.repeat(1500)) },
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);
const anyValue = fc.oneof(hostileString, wrongType);

const personName = fc.oneof(
  fc.constantFrom(
    "Ana Beispiel",
    "Jürgen Wörrstädter",
    "محمد علي",
    "Олена Коваль",
    "李 雷",
    "<b>Ana</b>",
  ),
  fc
    .string({ unit: "grapheme", minLength: 2, maxLength: 60 })
    .filter((name) => name.trim().length >= 2),
);
const simpleEmail = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}[a-z0-9]$/),
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.constantFrom("de", "org", "example", "info"),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const email = fc.oneof(
  { weight: 4, arbitrary: simpleEmail },
  { weight: 1, arbitrary: fc.emailAddress() },
);
const phone = fc.oneof(fc.stringMatching(/^\+?[0-9 ()/-]{5,25}$/), fc.constant(""));
const language = fc.constantFrom(
  "ar",
  "fa",
  "prs",
  "kmr",
  "ckb",
  "de",
  "en",
  "AR",
  "ckb-Arab",
  "uk-UA",
  "ti",
);
const level = fc.constantFrom("native", "fluent", "basic");
const freeText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constant(undefined),
);

/** Sign-ups a person could send: the schema may still refuse some (the oracle decides). */
const plausibleSignup = fc.record(
  {
    name: personName,
    email,
    phone,
    municipality: fc.constantFrom(...municipalityIds),
    languages: fc.array(fc.record({ language, level }), { minLength: 1, maxLength: 4 }),
    categories: fc.uniqueArray(fc.constantFrom(...categoryIds), { minLength: 1 }),
    availabilityNote: freeText,
    motivation: freeText,
    consent: fc.constant(true),
  },
  { requiredKeys: ["name", "email", "municipality", "languages", "categories", "consent"] },
);

const plausibleHelpRequest = fc.record(
  {
    requesterRole: fc.constantFrom("self", "on_behalf"),
    contactName: personName,
    contactEmail: email,
    contactPhone: phone,
    organisation: freeText,
    category: fc.constantFrom(...categoryIds),
    languages: fc.array(language, { minLength: 1, maxLength: 4 }),
    municipality: fc.constantFrom(...municipalityIds),
    preferredDate: fc.constantFrom("2027-01-31", "", undefined),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
    timesOfDay: fc.uniqueArray(fc.constantFrom("morning", "afternoon", "evening"), {
      maxLength: 3,
    }),
    description: freeText,
    consent: fc.constant(true),
  },
  {
    requiredKeys: [
      "requesterRole",
      "contactName",
      "category",
      "languages",
      "municipality",
      "consent",
    ],
  },
);

/** A value that breaks a field: a wrong type, hostile text, or the field left out. */
const breaking = fc.oneof(
  { weight: 4, arbitrary: anyValue },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("2027-02-30", "31.01.2027", "night", 0, 8, "mainz") },
);

/**
 * Half plausible submissions (mostly valid), half plausible ones with one to three fields
 * replaced by something hostile.
 */
function payloads(plausible: fc.Arbitrary<Record<string, unknown>>, fields: readonly string[]) {
  const mutated = fc
    .tuple(
      plausible,
      fc.array(fc.tuple(fc.constantFrom(...fields), breaking), { minLength: 1, maxLength: 3 }),
    )
    .map(([payload, changes]) => {
      const copy: Record<string, unknown> = { ...payload };
      for (const [field, value] of changes) {
        if (value === undefined) delete copy[field];
        else copy[field] = value;
      }
      return copy;
    });
  return fc.oneof(plausible, mutated);
}

const signupPayload = payloads(plausibleSignup, FORM_FIELDS.volunteer_signup);
const helpPayload = payloads(plausibleHelpRequest, FORM_FIELDS.help_request);

/** Keys that must never reach an object's prototype or the stored row. */
const POLLUTION =
  '"__proto__":{"polluted":"yes","status":"closed"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},';

let ipCounter = 0;
function nextIp(): string {
  ipCounter += 1;
  return `2001:db8:fc::${ipCounter.toString(16)}`;
}

async function rowCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions").first<{ n: number }>();
  return row?.n ?? 0;
}

const tally = { requests: 0, stored: 0, refused: 0 };

interface Outcome {
  readonly status: number;
  readonly stored: number;
  readonly id: string | undefined;
}

async function send(kind: SubmissionKind, request: () => Promise<Response>): Promise<Outcome> {
  const before = await rowCount();
  const response = await request();
  tally.requests += 1;
  expect(response.status, "never a 5xx").toBeLessThan(500);
  let body: { id?: string } = {};
  if (response.headers.get("content-type")?.includes("json")) {
    body = (await response.json()) as { id?: string };
  } else {
    await response.text();
  }
  const stored = (await rowCount()) - before;
  if (stored > 0) tally.stored += 1;
  else tally.refused += 1;
  expect(stored === 0 || stored === 1, `${kind}: at most one row per request`).toBe(true);
  return { status: response.status, stored, id: body.id };
}

async function storedPayload(id: string): Promise<unknown> {
  const row = await env.DB.prepare("SELECT payload FROM submissions WHERE id = ?1")
    .bind(id)
    .first<{ payload: string }>();
  return row ? JSON.parse(row.payload) : undefined;
}

function jsonProperty(kind: SubmissionKind, payload: fc.Arbitrary<Record<string, unknown>>) {
  return fc.asyncProperty(payload, fc.boolean(), async (fields, pollute) => {
    const key = crypto.randomUUID();
    const text = JSON.stringify({ ...fields, locale: "de" });
    const body = pollute ? text.replace(/^\{/, `{${POLLUTION}`) : text;
    const expected = parseWith(schemaOf(kind), splitJsonSubmission(JSON.parse(body)).payload);
    const tooLarge = new TextEncoder().encode(body).byteLength > 32 * 1024;
    const post = () =>
      postRaw(PATHS[kind], body, "application/json", {
        ip: nextIp(),
        headers: { "idempotency-key": key },
      });

    const first = await send(kind, post);

    if (tooLarge) {
      expect(first.status).toBe(413);
      return;
    }
    if (!expected.ok) {
      expect(first).toMatchObject({ status: 422, stored: 0 });
      return;
    }
    expect(first).toMatchObject({ status: 201, stored: 1 });
    expect(await storedPayload(first.id ?? "")).toEqual(JSON.parse(JSON.stringify(expected.value)));
    // A repeat (double click, retry) stores nothing new and gets the same id.
    const again = await send(kind, post);
    expect(again).toMatchObject({ status: 201, stored: 0, id: first.id });
  });
}

/** Form fields carry text only: what a browser would send for a value. */
function asText(value: unknown): string {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);
}

function formEntries(payload: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(payload)) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item === "object") {
          for (const [k, v] of Object.entries(item))
            entries.push([`${name}.${index}.${k}`, asText(v)]);
        } else entries.push([name, asText(item)]);
      });
    } else if (value === true) entries.push([name, "on"]);
    else if (value !== undefined && value !== false) entries.push([name, asText(value)]);
  }
  return entries;
}

const hostileFormEntry = fc.tuple(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "languages.0.__proto__",
    "languages.99.language",
    "languages.5.level",
    "categories",
    "weekdays",
    "consent",
    "website",
    "name",
    "contactName",
  ),
  hostileString,
);

function formProperty(kind: SubmissionKind, payload: fc.Arbitrary<Record<string, unknown>>) {
  return fc.asyncProperty(
    payload,
    fc.array(hostileFormEntry, { maxLength: 3 }),
    async (fields, extra) => {
      const entries: [string, string][] = [
        ...formEntries(fields),
        ...extra,
        ["locale", "de"],
        ["idempotencyKey", crypto.randomUUID()],
      ];
      const params = new URLSearchParams(entries);
      const bodyText = params.toString();
      const decoded = decodeFormFields(kind, entries);
      const expected = parseWith(schemaOf(kind), decoded.payload);
      const spam = (decoded.meta.honeypot ?? "").trim() !== "";
      const tooLarge = bodyText.length > 32 * 1024;

      const outcome = await send(kind, () => postForm(PATHS[kind], params, { ip: nextIp() }));

      if (tooLarge) expect(outcome.status).toBe(413);
      // A single-valued field sent twice is refused before anything else is looked at.
      else if (decoded.duplicates.length > 0)
        expect(outcome).toMatchObject({ status: 400, stored: 0 });
      else if (spam) expect(outcome).toMatchObject({ status: 303, stored: 0 });
      else if (expected.ok) expect(outcome).toMatchObject({ status: 303, stored: 1 });
      else expect(outcome).toMatchObject({ status: 422, stored: 0 });
    },
  );
}

const NUM_RUNS = { json: 500, form: 250, raw: 300, nesting: 60 };

describe("robustness: generated and hostile payloads", () => {
  afterAll(() => {
    // eslint-disable-next-line no-console -- a visible summary of what the suite exercised
    console.info(
      `robustness: ${tally.requests} requests, ${tally.stored} stored, ${tally.refused} not stored`,
    );
  });

  it("JSON sign-ups: never 5xx, accepted iff the schema accepts, stored once", async () => {
    await fc.assert(jsonProperty("volunteer_signup", signupPayload), { numRuns: NUM_RUNS.json });
  });

  it("JSON help requests: never 5xx, accepted iff the schema accepts, stored once", async () => {
    await fc.assert(jsonProperty("help_request", helpPayload), { numRuns: NUM_RUNS.json });
  });

  it("plain-form sign-ups with hostile extra fields", async () => {
    await fc.assert(formProperty("volunteer_signup", signupPayload), { numRuns: NUM_RUNS.form });
  });

  it("plain-form help requests with hostile extra fields", async () => {
    await fc.assert(formProperty("help_request", helpPayload), { numRuns: NUM_RUNS.form });
  });

  it("random bytes (invalid UTF-8, truncated escapes) as JSON or form: 4xx, nothing stored", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
          fc
            .array(
              fc.constantFrom("%", "%E", "%FF", "%C3", "%C3%28", "%ED%A0%80", "+", "&", "=", "a"),
              {
                maxLength: 30,
              },
            )
            .map((parts) => new TextEncoder().encode(parts.join(""))),
        ),
        fc.constantFrom<[SubmissionKind, string]>(
          ["volunteer_signup", "application/json"],
          ["help_request", "application/json"],
          ["volunteer_signup", "application/x-www-form-urlencoded"],
          ["help_request", "application/x-www-form-urlencoded"],
        ),
        async (bytes, [kind, type]) => {
          const outcome = await send(kind, () =>
            postRaw(PATHS[kind], bytes, type, { ip: nextIp() }),
          );
          expect(outcome.stored).toBe(0);
          expect([400, 413, 422, 201, 303]).toContain(outcome.status);
        },
      ),
      { numRuns: NUM_RUNS.raw },
    );
  });

  it("deep nesting up to the size limit: 4xx, never a stack overflow", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 17_000 }),
        fc.constantFrom("array", "object", "languages"),
        async (depth, shape) => {
          const nested =
            shape === "array"
              ? `${"[".repeat(depth)}${"]".repeat(depth)}`
              : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
          const body =
            shape === "languages"
              ? `{"name":"Ana Beispiel","languages":[${nested}],"consent":true}`
              : `{"name":${nested},"email":${nested}}`;
          const outcome = await send("volunteer_signup", () =>
            postRaw("/api/signups", body, "application/json", { ip: nextIp() }),
          );
          expect(outcome.stored).toBe(0);
          expect([413, 422]).toContain(outcome.status);
        },
      ),
      { numRuns: NUM_RUNS.nesting },
    );
  });

  it("leaves Object.prototype clean and every stored row valid for its schema", async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");

    const { results } = await env.DB.prepare("SELECT kind, payload, status FROM submissions").all<{
      kind: SubmissionKind;
      payload: string;
      status: string;
    }>();
    expect(results.length).toBeGreaterThan(100);
    for (const row of results) {
      expect(row.status).toBe("new");
      const reparsed = parseWith(schemaOf(row.kind), JSON.parse(row.payload));
      expect(reparsed.ok, row.payload.slice(0, 200)).toBe(true);
      if (reparsed.ok)
        expect(JSON.parse(JSON.stringify(reparsed.value))).toEqual(JSON.parse(row.payload));
    }
  });
});
