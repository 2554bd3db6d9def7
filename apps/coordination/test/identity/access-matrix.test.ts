import { env } from "cloudflare:workers";
import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { protectedApi } from "../../src/worker/app.js";
import { DEV_COOKIE } from "../../src/worker/identity/dev-sign-in.js";
import {
  ACCESS,
  api,
  assertion,
  createCoordinator,
  profileFrom,
  storeHelpRequest,
  storeSignup,
} from "../helpers.js";

/*
 * The access matrix: every route of the API × every kind of caller. The routes come from
 * the app itself, so a route added later is part of this test (and fails it until the
 * table below says what it needs).
 */

type Fixture = Awaited<ReturnType<typeof fixture>>;
let certificates = 9000;

const sessionBody = {
  kind: "expert_talk",
  module: "behoerden",
  title: "Fachvortrag Jobcenter",
  date: "2026-12-15",
  start: "18:00",
  end: "19:30",
};

/** Records of the Café Asyl, fresh for every request that may change them. */
async function fixture() {
  const owner = await createCoordinator("coordinator", ["cafe-asyl"]);
  const signup = await storeSignup("cafe-asyl");
  const decline = await storeSignup("cafe-asyl");
  const helpRequest = await storeHelpRequest("cafe-asyl");
  const accepted = await storeSignup("cafe-asyl");
  const volunteer = await (
    await api(`/api/signups/${accepted.id}/accept`, {
      method: "POST",
      token: await assertion(owner.email),
      body: { profile: profileFrom(accepted.payload) },
    })
  ).json<{ id: string }>();
  const colleague = await createCoordinator("coordinator", ["cafe-asyl"]);
  const session = crypto.randomUUID();
  const certificate = `AZW-2026-${String(++certificates).padStart(4, "0")}-X`;
  const now = new Date().toISOString();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time, created_at, updated_at)
       VALUES (?1, 'workshop', 'antraege', 'Workshop Kindergeld', '2026-11-10', '18:00', '20:00', ?2, ?2)`,
    ).bind(session, now),
    env.DB.prepare(
      `INSERT INTO certificates (number, district_id, year, sequence, volunteer_id, holder_name, issued_on, modules, issued_by, created_at)
       VALUES (?1, 'alzey-worms', 2026, ?2, ?3, 'Erika Musterfrau', '2026-11-20', '[]', 'test', ?4)`,
    ).bind(certificate, certificates, volunteer.id, now),
    // Certified, so that it is a candidate for the help request (behoerden: certified only).
    env.DB.prepare("UPDATE volunteers SET status = 'certified' WHERE id = ?1").bind(volunteer.id),
  ]);
  return { signup, decline, helpRequest, volunteer, colleague, accepted, session, certificate };
}

interface RouteCase {
  /** The path with its parameters filled from the fixture. */
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** What an administrator gets. */
  admin: number;
  /** What a coordinator of another point gets. */
  otherPoint: number;
}

const CASES: Record<string, RouteCase> = {
  "GET /api/me": { path: () => "/api/me", admin: 200, otherPoint: 200 },
  "GET /api/overview": { path: () => "/api/overview", admin: 200, otherPoint: 200 },
  "GET /api/coordinators/:id": {
    path: (f) => `/api/coordinators/${f.colleague.id}`,
    admin: 200,
    otherPoint: 403,
  },
  "GET /api/signups": { path: () => "/api/signups", admin: 200, otherPoint: 200 },
  "GET /api/signups/:id": {
    path: (f) => `/api/signups/${f.signup.id}`,
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/signups/:id/accept": {
    path: (f) => `/api/signups/${f.signup.id}/accept`,
    body: (f) => ({ profile: profileFrom(f.signup.payload) }),
    admin: 201,
    otherPoint: 404,
  },
  "POST /api/signups/:id/decline": {
    path: (f) => `/api/signups/${f.decline.id}/decline`,
    body: () => ({ reason: "no_capacity" }),
    admin: 200,
    otherPoint: 404,
  },
  "GET /api/volunteers": { path: () => "/api/volunteers", admin: 200, otherPoint: 200 },
  "GET /api/volunteers/:id": {
    path: (f) => `/api/volunteers/${f.volunteer.id}`,
    admin: 200,
    otherPoint: 404,
  },
  "PUT /api/volunteers/:id/profile": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/profile`,
    body: (f) => profileFrom(f.accepted.payload),
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/volunteers/:id/status": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/status`,
    body: () => ({ status: "paused" }),
    admin: 200,
    otherPoint: 404,
  },
  "DELETE /api/volunteers/:id": {
    path: (f) => `/api/volunteers/${f.volunteer.id}`,
    admin: 204,
    otherPoint: 404,
  },
  "GET /api/cases": { path: () => "/api/cases", admin: 200, otherPoint: 200 },
  "GET /api/cases/:id": {
    path: (f) => `/api/cases/${f.helpRequest.id}`,
    admin: 200,
    otherPoint: 404,
  },
  "GET /api/cases/:id/matching": {
    path: (f) => `/api/cases/${f.helpRequest.id}/matching`,
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/cases/:id/forward": {
    path: (f) => `/api/cases/${f.helpRequest.id}/forward`,
    body: (f) => ({ volunteerId: f.volunteer.id }),
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/cases/:id/resend": {
    path: (f) => `/api/cases/${f.helpRequest.id}/resend`,
    admin: 409,
    otherPoint: 404,
  },
  "POST /api/cases/:id/withdraw": {
    path: (f) => `/api/cases/${f.helpRequest.id}/withdraw`,
    admin: 409,
    otherPoint: 404,
  },
  "PUT /api/cases/:id/appointment": {
    path: (f) => `/api/cases/${f.helpRequest.id}/appointment`,
    body: () => ({ date: "2026-12-10", start: "10:00", end: "11:30", place: "Jobcenter Alzey" }),
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/cases/:id/close": {
    path: (f) => `/api/cases/${f.helpRequest.id}/close`,
    body: () => ({ outcome: "withdrawn" }),
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/cases/:id/reopen": {
    path: (f) => `/api/cases/${f.helpRequest.id}/reopen`,
    admin: 409,
    otherPoint: 404,
  },
  "GET /api/volunteers/:id/feed": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/feed`,
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/volunteers/:id/feed": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/feed`,
    admin: 200,
    otherPoint: 404,
  },
  "DELETE /api/volunteers/:id/feed": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/feed`,
    admin: 200,
    otherPoint: 404,
  },
  "GET /api/reports/cases": {
    path: () => "/api/reports/cases?year=2026",
    admin: 200,
    otherPoint: 200,
  },
  "GET /api/reports/cases.csv": {
    path: () => "/api/reports/cases.csv?year=2026",
    admin: 200,
    otherPoint: 200,
  },
  "GET /api/coordinators": { path: () => "/api/coordinators", admin: 200, otherPoint: 403 },
  "POST /api/coordinators": {
    path: () => "/api/coordinators",
    body: () => ({
      email: `neu-${crypto.randomUUID()}@test.example`,
      displayName: "Neue Koordinatorin",
      role: "coordinator",
      points: ["fid"],
    }),
    admin: 201,
    otherPoint: 403,
  },
  "PUT /api/coordinators/:id": {
    path: (f) => `/api/coordinators/${f.colleague.id}`,
    body: (f) => ({
      email: f.colleague.email,
      displayName: "Umbenannt",
      role: "coordinator",
      points: ["cafe-asyl"],
    }),
    admin: 200,
    otherPoint: 403,
  },
  "GET /api/audit-log": { path: () => "/api/audit-log", admin: 200, otherPoint: 403 },
  "GET /api/exports/submissions.csv": {
    path: () => "/api/exports/submissions.csv",
    admin: 200,
    otherPoint: 200,
  },
  // Sessions are the programme's (no personal data): every coordinator manages them.
  "GET /api/sessions": { path: () => "/api/sessions", admin: 200, otherPoint: 200 },
  "POST /api/sessions": {
    path: () => "/api/sessions",
    body: () => sessionBody,
    admin: 201,
    otherPoint: 201,
  },
  "GET /api/sessions/:id": {
    path: (f) => `/api/sessions/${f.session}`,
    admin: 200,
    otherPoint: 200,
  },
  "PUT /api/sessions/:id": {
    path: (f) => `/api/sessions/${f.session}`,
    body: () => sessionBody,
    admin: 200,
    otherPoint: 200,
  },
  "POST /api/sessions/:id/cancel": {
    path: (f) => `/api/sessions/${f.session}/cancel`,
    admin: 200,
    otherPoint: 200,
  },
  // Attendance is personal: another point's list leaves the Café's volunteers out, and
  // marking one of them is refused.
  "GET /api/sessions/:id/attendance": {
    path: (f) => `/api/sessions/${f.session}/attendance`,
    admin: 200,
    otherPoint: 200,
  },
  "PUT /api/sessions/:id/attendance": {
    path: (f) => `/api/sessions/${f.session}/attendance`,
    body: (f) => ({ records: [{ volunteerId: f.volunteer.id, status: "present" }] }),
    admin: 200,
    otherPoint: 404,
  },
  "GET /api/sessions/:id/attendance-sheet.pdf": {
    path: (f) => `/api/sessions/${f.session}/attendance-sheet.pdf`,
    admin: 200,
    otherPoint: 200,
  },
  "GET /api/volunteers/:id/certification": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/certification`,
    admin: 200,
    otherPoint: 404,
  },
  // The fixture's volunteer attended nothing: the administrator gets past access control
  // and is refused by the policy.
  "POST /api/volunteers/:id/certificates": {
    path: (f) => `/api/volunteers/${f.volunteer.id}/certificates`,
    admin: 409,
    otherPoint: 404,
  },
  "GET /api/certification/cohort": {
    path: () => "/api/certification/cohort",
    admin: 200,
    otherPoint: 200,
  },
  "GET /api/certificates/:file{[A-Z0-9-]+\\.pdf}": {
    path: (f) => `/api/certificates/${f.certificate}.pdf`,
    admin: 200,
    otherPoint: 404,
  },
  "POST /api/certificates/:number/revoke": {
    path: (f) => `/api/certificates/${f.certificate}/revoke`,
    body: () => ({ reason: "issued_in_error" }),
    admin: 200,
    otherPoint: 404,
  },
};

/** Every concrete route of the protected API, as `METHOD /api/path`. */
const ROUTES = [
  ...new Set(
    protectedApi.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => `${route.method} /api${route.path.replace(/\/$/, "")}`),
  ),
].sort();

function split(route: string): [string, string] {
  const [method = "", path = ""] = route.split(" ");
  return [method, path];
}

/** Assertions that must never get in, each with what makes it invalid. */
async function invalidAssertions(email: string): Promise<Record<string, string | null>> {
  const stranger = await generateKeyPair("RS256");
  const signedByStranger = await new SignJWT({ email })
    .setProtectedHeader({ alg: "RS256", kid: "current" })
    .setIssuer(ACCESS.team)
    .setAudience(ACCESS.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(stranger.privateKey);
  const valid = await assertion(email);
  const [header, payload] = valid.split(".");
  const none = `${btoa(JSON.stringify({ alg: "none", typ: "JWT" })).replace(/=+$/, "")}.${payload}.`;
  const hmac = await new SignJWT({ email })
    .setProtectedHeader({ alg: "HS256", kid: "current" })
    .setIssuer(ACCESS.team)
    .setAudience(ACCESS.audience)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode("a shared secret an attacker picked"));
  return {
    "no assertion": null,
    malformed: "not.a.jwt",
    "header only": `${header}..`,
    "wrong signature": signedByStranger,
    "wrong audience": await assertion(email, { claims: { aud: "another-application" } }),
    "wrong issuer": await assertion(email, {
      claims: { iss: "https://evil.cloudflareaccess.com" },
    }),
    expired: await assertion(email, { expiresIn: "-10 minutes" }),
    "alg: none": none,
    "HS256 instead of RS256": hmac,
    "unknown key id": await assertion(email, { kid: "rotated" }),
  };
}

describe("the access matrix", () => {
  let fid: Awaited<ReturnType<typeof createCoordinator>>;
  let admin: Awaited<ReturnType<typeof createCoordinator>>;

  beforeAll(async () => {
    fid = await createCoordinator("coordinator", ["fid"]);
    admin = await createCoordinator("administrator", []);
  });

  it("covers every route of the API", () => {
    expect(ROUTES).toEqual(Object.keys(CASES).sort());
  });

  it("answers 401 to every invalid assertion on every route, and changes nothing", async () => {
    const f = await fixture();
    const before = await env.DB.prepare(
      "SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM volunteers) AS volunteers, (SELECT group_concat(status || coalesce(decision, '')) FROM submissions) AS submissions",
    ).first();
    const tokens = await invalidAssertions(admin.email);
    for (const route of ROUTES) {
      const [method] = split(route);
      const test = CASES[route];
      if (!test) continue;
      for (const [name, token] of Object.entries(tokens)) {
        const response = await api(test.path(f), {
          method,
          token,
          body: test.body?.(f),
          // "whatever else is sent": a bearer token and a development cookie do not help.
          headers: {
            authorization: "Bearer test-admin-token",
            cookie: `${DEV_COOKIE}=${await assertion(admin.email)}`,
          },
        });
        expect({ route, name, status: response.status }).toEqual({ route, name, status: 401 });
        expect((await response.json<{ error: { code: string } }>()).error.code).toBe(
          "unauthenticated",
        );
      }
    }
    const after = await env.DB.prepare(
      "SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM volunteers) AS volunteers, (SELECT group_concat(status || coalesce(decision, '')) FROM submissions) AS submissions",
    ).first();
    expect(after).toEqual(before);
  });

  it("refuses a valid assertion of an address without an active account (403)", async () => {
    const inactive = await createCoordinator("administrator", [], { active: false });
    for (const email of ["niemand@test.example", inactive.email]) {
      const response = await api("/api/me", { token: await assertion(email) });
      expect(response.status).toBe(403);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe(
        "not_a_coordinator",
      );
    }
  });

  it("keeps a coordinator of another point out of every record of the Café Asyl", async () => {
    for (const route of ROUTES) {
      const [method] = split(route);
      const test = CASES[route];
      if (!test) continue;
      const f = await fixture();
      const response = await api(test.path(f), {
        method,
        token: await assertion(fid.email),
        body: test.body?.(f),
      });
      expect({ route, status: response.status }).toEqual({ route, status: test.otherPoint });
      if (
        response.status === 200 &&
        method === "GET" &&
        /^(application\/json|text\/csv)/.test(response.headers.get("content-type") ?? "")
      ) {
        const text = await response.text();
        for (const id of [f.signup.id, f.volunteer.id, f.helpRequest.id])
          expect(text).not.toContain(id);
      }
    }
  });

  it("lets an administrator do everything", async () => {
    for (const route of ROUTES) {
      const [method] = split(route);
      const test = CASES[route];
      if (!test) continue;
      const f = await fixture();
      const response = await api(test.path(f), {
        method,
        token: await assertion(admin.email),
        body: test.body?.(f),
      });
      expect({ route, status: response.status }).toEqual({ route, status: test.admin });
    }
  });

  it("refuses state changes sent from another site, even with a valid assertion", async () => {
    const f = await fixture();
    const token = await assertion(admin.email);
    const attempts = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example", "sec-fetch-site": "" },
    ];
    for (const headers of attempts) {
      const response = await api(`/api/volunteers/${f.volunteer.id}`, {
        method: "DELETE",
        token,
        headers,
      });
      expect(response.status).toBe(403);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe("cross_site");
    }
    const form = await api(`/api/signups/${f.decline.id}/decline`, {
      method: "POST",
      token,
      body: "reason=no_capacity",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect((await api(`/api/volunteers/${f.volunteer.id}`, { token })).status).toBe(200);
  });
});
