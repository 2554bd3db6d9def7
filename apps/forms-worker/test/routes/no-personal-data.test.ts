import { env, exports } from "cloudflare:workers";
import { getSubmission } from "@integrationspaten/database/submissions";
import {
  CERTIFICATE_CHECK,
  formatCertificateNumber,
  PROGRAMME_SESSIONS,
  SUBMISSION_ENDPOINTS,
} from "@integrationspaten/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../src/routes/index.js";
import {
  BASE,
  freshClientIp,
  marker,
  postJson,
  SITE_ORIGIN,
  validHelpRequest,
  validSignup,
} from "../helpers.js";
import { insertAttendance, insertSession } from "../sessions-fixtures.js";

/*
 * The public intake worker takes submissions in and answers no request with what was
 * stored: coordinators read, change, export and erase submissions in their workspace
 * (apps/coordination, behind Cloudflare Access). The public certificate check repeats a
 * holder's name only to someone who typed that name; the published training sessions are
 * programme data, without who attended. These tests store a sign-up, a help request, a
 * certificate and a volunteer's attendance at a session with recognisable personal data,
 * then send every method to every path the worker serves and to the paths of the
 * coordinator API it used to serve, with and without the tokens that API accepted, and
 * look for that data in every answer.
 */

const tag = marker();
const PERSONAL = {
  name: `Henrike ${tag}`,
  email: `henrike.${tag.toLowerCase()}@example.org`,
  phone: "+49 6731 7654321",
  motivation: `Meine Geschichte ${tag}`,
  contactName: `Omar ${tag}`,
  contactEmail: `omar.${tag.toLowerCase()}@example.org`,
  contactPhone: "+49 6731 1234567",
  description: `Arzttermin ${tag}`,
};
const IDEMPOTENCY_KEY = crypto.randomUUID();
/** The holder of a stored certificate (the workspace prints the name on it). */
const HOLDER = `Henrike Zertifiziert ${tag}`;
const formattedNumber = formatCertificateNumber({ prefix: "AZW", year: 2026, sequence: 4711 });
const CERTIFICATE_NUMBER = formattedNumber.ok ? formattedNumber.value : "";
/** A volunteer marked present at a published session (the workspace records attendance). */
const ATTENDEE = { id: `volunteer-${tag.toLowerCase()}`, name: `Henrike Teilnehmerin ${tag}` };
const SESSION_ID = `session-${tag.toLowerCase()}`;

let signupId = "";
let helpRequestId = "";

beforeAll(async () => {
  const signup = await postJson(
    SUBMISSION_ENDPOINTS.volunteer_signup,
    validSignup({
      name: PERSONAL.name,
      email: PERSONAL.email,
      phone: PERSONAL.phone,
      motivation: PERSONAL.motivation,
    }),
    { headers: { "idempotency-key": IDEMPOTENCY_KEY } },
  );
  const help = await postJson(
    SUBMISSION_ENDPOINTS.help_request,
    validHelpRequest({
      contactName: PERSONAL.contactName,
      contactEmail: PERSONAL.contactEmail,
      contactPhone: PERSONAL.contactPhone,
      description: PERSONAL.description,
    }),
  );
  expect([signup.status, help.status]).toEqual([201, 201]);
  signupId = ((await signup.json()) as { id: string }).id;
  helpRequestId = ((await help.json()) as { id: string }).id;
  await env.DB.prepare(
    `INSERT INTO certificates (number, district_id, year, sequence, holder_name, issued_on,
       valid_until, modules, issued_by, created_at)
     VALUES (?1, 'alzey-worms', 2026, 4711, ?2, '2026-03-17', '2099-03-16', '[]', 'test', ?3)`,
  )
    .bind(CERTIFICATE_NUMBER, HOLDER, new Date().toISOString())
    .run();
  await insertSession({ id: SESSION_ID, anonymised: { present: 4, excused: 1, absent: 0 } });
  await insertAttendance(SESSION_ID, ATTENDEE);
});

/** Fails with the offending value when `text` contains stored personal data or a stored id. */
function expectNothingStored(text: string, what: string): void {
  for (const value of [
    ...Object.values(PERSONAL),
    tag,
    signupId,
    helpRequestId,
    HOLDER,
    ATTENDEE.name,
    ATTENDEE.id,
  ]) {
    expect(text, `${what} contains ${value}`).not.toContain(value);
  }
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** What the coordinator API accepted, and what a caller might try instead. */
const AUTHORIZATIONS = [
  undefined,
  "Bearer test-admin-token",
  "Bearer dev-admin-token-change-me",
  "Bearer e2e-admin-token",
  "bearer anything",
  "Basic YWRtaW46YWRtaW4=",
];

function send(
  path: string,
  method: (typeof METHODS)[number],
  authorization: string | undefined,
): Promise<Response> {
  const headers = new Headers({ origin: SITE_ORIGIN, "cf-connecting-ip": freshClientIp() });
  // OPTIONS as a browser's preflight would send it.
  if (method === "OPTIONS") headers.set("access-control-request-method", "GET");
  if (authorization !== undefined) headers.set("authorization", authorization);
  const withBody = method === "POST" || method === "PUT" || method === "PATCH";
  if (withBody) headers.set("content-type", "application/json");
  return exports.default.fetch(`${BASE}${path}`, {
    method,
    headers,
    body: withBody ? JSON.stringify({ status: "closed" }) : null,
  });
}

describe("the intake worker's endpoints", () => {
  it("are only health, the sign-up, the help request, the certificate check and the sessions", () => {
    expect(routes.map((route) => [route.path, Object.keys(route.methods)])).toEqual([
      ["/api/health", ["GET"]],
      [SUBMISSION_ENDPOINTS.volunteer_signup, ["POST"]],
      [SUBMISSION_ENDPOINTS.help_request, ["POST"]],
      [CERTIFICATE_CHECK.endpoint, ["GET"]],
      [PROGRAMME_SESSIONS.endpoint, ["GET"]],
    ]);
  });

  it("never read a stored submission back: the routes import only storing, the key lookup, the certificate check's read and the sessions' public fields", () => {
    const sources = import.meta.glob<string>("../../src/routes/*.ts", {
      query: "?raw",
      import: "default",
      eager: true,
    });
    expect(Object.keys(sources).sort()).toEqual([
      "../../src/routes/certificate-check.ts",
      "../../src/routes/health.ts",
      "../../src/routes/index.ts",
      "../../src/routes/programme-sessions.ts",
      "../../src/routes/submissions.ts",
    ]);
    const imported = Object.values(sources).flatMap((text) =>
      [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@integrationspaten\/database[^"]*"/g)]
        .flatMap((match) => (match[1] ?? "").split(","))
        .map((name) => name.trim())
        .filter((name) => name !== ""),
    );
    expect(imported.sort()).toEqual([
      "findCertificateForCheck",
      "findSubmissionIdByKey",
      "listProgrammeSessions",
      "storeSubmission",
    ]);
    for (const [file, text] of Object.entries(sources)) {
      expect(text, file).not.toMatch(/\bSELECT\b|getSubmission|listSubmissions/);
    }
  });

  it("answer every method, with any Authorization header, without stored data or ids", async () => {
    // A path parameter (none today) gets each stored id; the query string names them too,
    // and the stored certificate's number with the holder's first name only.
    const paths = routes.flatMap((route) =>
      [signupId, helpRequestId].map(
        (id) =>
          `${route.path.replace(/:[a-zA-Z]+/g, id)}?id=${id}&coordinationPoint=kreisverwaltung&number=${CERTIFICATE_NUMBER}&name=Henrike`,
      ),
    );
    for (const path of paths) {
      for (const method of METHODS) {
        for (const authorization of [undefined, "Bearer test-admin-token"]) {
          const response = await send(path, method, authorization);
          const what = `${method} ${path} (${authorization ?? "no authorization"})`;

          expect(response.status, what).toBeLessThan(500);
          expectNothingStored(await response.text(), what);
          expectNothingStored([...response.headers].join("\n"), `${what} headers`);
        }
      }
    }
  });

  it("answer a repeated sign-up with its id only, never with what was stored", async () => {
    const response = await postJson(
      SUBMISSION_ENDPOINTS.volunteer_signup,
      validSignup({
        name: PERSONAL.name,
        email: PERSONAL.email,
        phone: PERSONAL.phone,
        motivation: PERSONAL.motivation,
      }),
      { headers: { "idempotency-key": IDEMPOTENCY_KEY, authorization: "Bearer test-admin-token" } },
    );

    expect(response.headers.get("idempotent-replayed")).toBe("true");
    expect(await response.json()).toEqual({ id: signupId });
  });
});

describe("the certificate check", () => {
  const checkPath = (query: Record<string, string>) =>
    `${CERTIFICATE_CHECK.endpoint}?${new URLSearchParams(query).toString()}`;

  it("finds the stored certificate (the probes below are meaningful)", async () => {
    const response = await send(checkPath({ number: CERTIFICATE_NUMBER }), "GET", undefined);

    expect(await response.json()).toMatchObject({ result: "valid", number: CERTIFICATE_NUMBER });
  });

  it("never reveals the holder's name without the whole matching name, as JSON or HTML", async () => {
    const probes = [
      {},
      { name: "" },
      { name: "Henrike" },
      { name: "Zertifiziert" },
      { name: tag },
      { name: `Henrike Zertifiziert` },
      { name: `${HOLDER} x` },
      { name: "%" },
      { name: "*" },
      { name: "' OR holder_name IS NOT NULL --" },
      { holder: HOLDER },
      { name: HOLDER.slice(0, -1) },
    ];
    for (const probe of probes) {
      for (const accept of ["application/json", "text/html"]) {
        for (const method of METHODS) {
          for (const authorization of AUTHORIZATIONS.slice(0, 2)) {
            const response = await exports.default.fetch(
              `${BASE}${checkPath({ number: CERTIFICATE_NUMBER, ...probe })}`,
              {
                method,
                headers: {
                  accept,
                  origin: SITE_ORIGIN,
                  "cf-connecting-ip": freshClientIp(),
                  ...(authorization ? { authorization } : {}),
                },
              },
            );
            const what = `${method} ${JSON.stringify(probe)} (${accept}, ${authorization ?? "-"})`;

            expect(response.status, what).toBeLessThan(500);
            const text = await response.text();
            expect(text, what).not.toContain(HOLDER);
            expect(text, what).not.toContain(tag);
            expect([...response.headers].join("\n"), what).not.toContain(tag);
          }
        }
      }
    }
  });

  it("confirms the name to someone who typed it, and only the holder's own name", async () => {
    const response = await send(
      checkPath({ number: CERTIFICATE_NUMBER, name: HOLDER.toUpperCase() }),
      "GET",
      undefined,
    );
    const body = (await response.json()) as Record<string, unknown>;

    expect(body.holder).toBe(HOLDER);
    expect(Object.keys(body).sort()).toEqual([
      "district",
      "holder",
      "issuedOn",
      "number",
      "result",
      "validUntil",
    ]);
    expectNothingStored(
      JSON.stringify({ ...body, holder: undefined }),
      "the answer besides the holder",
    );
  });
});

describe("the published sessions", () => {
  it("list the session the volunteer attended (the probes above are meaningful)", async () => {
    const response = await send(PROGRAMME_SESSIONS.endpoint, "GET", undefined);
    const body = (await response.json()) as { sessions: { id: string }[] };

    expect(body.sessions.map((session) => session.id)).toContain(SESSION_ID);
  });

  it("never name who attended, nor count them, whatever the query asks for", async () => {
    for (const query of ["", "?include=attendance", `?volunteer=${ATTENDEE.id}`, "?fields=*"]) {
      for (const authorization of AUTHORIZATIONS) {
        const response = await send(`${PROGRAMME_SESSIONS.endpoint}${query}`, "GET", authorization);
        const text = await response.text();
        const what = `GET ${query} (${authorization ?? "-"})`;

        expect(response.status, what).toBe(200);
        expectNothingStored(text, what);
        expect(text, what).not.toMatch(/attendance|anonymised|"present"|"excused"|"absent"/);
      }
    }
  });
});

describe("the coordinator API's former paths", () => {
  const paths = () => [
    "/api/admin/submissions",
    "/api/admin/submissions?limit=500&status=new",
    `/api/admin/submissions/${signupId}`,
    `/api/admin/submissions/${helpRequestId}`,
    "/api/admin/submissions.csv",
    "/api/admin/submissions.csv?kind=help_request",
  ];

  it("answer every method with any Authorization header with the router's 404, and nothing else", async () => {
    for (const path of paths()) {
      for (const method of METHODS) {
        for (const authorization of AUTHORIZATIONS) {
          const response = await send(path, method, authorization);
          const what = `${method} ${path} (${authorization ?? "no authorization"})`;
          const text = await response.text();

          expect(response.status, what).toBe(404);
          expect(response.headers.get("access-control-allow-origin"), what).toBeNull();
          expect(response.headers.get("www-authenticate"), what).toBeNull();
          if (method !== "HEAD") {
            expect(response.headers.get("content-type"), what).toBe(
              "application/json; charset=utf-8",
            );
            expect(JSON.parse(text), what).toEqual({
              error: {
                code: "not_found",
                message: expect.any(String),
              },
            });
          }
          expectNothingStored(text, what);
        }
      }
    }
  });

  it("answer the same as a path that never existed", async () => {
    const unknown = await send("/api/never-existed", "GET", "Bearer test-admin-token");
    const former = await send(
      `/api/admin/submissions/${signupId}`,
      "GET",
      "Bearer test-admin-token",
    );

    expect(former.status).toBe(unknown.status);
    expect(await former.json()).toEqual(await unknown.json());
  });

  it("change nothing: a PATCH or DELETE there leaves the stored rows as they were", async () => {
    const before = await Promise.all(
      [signupId, helpRequestId].map((id) => getSubmission(env.DB, id)),
    );
    for (const id of [signupId, helpRequestId]) {
      for (const method of ["PATCH", "DELETE"] as const) {
        expect(
          (await send(`/api/admin/submissions/${id}`, method, "Bearer test-admin-token")).status,
        ).toBe(404);
      }
    }
    const after = await Promise.all(
      [signupId, helpRequestId].map((id) => getSubmission(env.DB, id)),
    );

    expect(before.every((submission) => submission?.status === "new")).toBe(true);
    expect(after).toEqual(before);
  });
});
