import { env, exports } from "cloudflare:workers";
import { importJWK, type JWTPayload, SignJWT } from "jose";
import { expect, inject } from "vitest";
import type { Coordinator, CoordinatorRole } from "../src/shared/api.js";

/*
 * Test helpers: coordinators in D1, Access assertions signed with the test team's keys,
 * requests to the Worker (exports.default, so they pass through its real entry point).
 */

export const ACCESS = inject("access");
export const ORIGIN = "https://workspace.test";

/** Signs an assertion as Cloudflare Access would; every claim can be overridden. */
export async function assertion(
  email: string,
  options: { kid?: string; claims?: JWTPayload; alg?: string; expiresIn?: string } = {},
): Promise<string> {
  const kid = options.kid ?? "current";
  const key = ACCESS.keys.find((k) => k.kid === kid);
  if (!key) throw new Error(`no test key ${kid}`);
  const privateKey = await importJWK(key.privateJwk, "RS256");
  // Claims given by the caller win over the defaults (a wrong audience, another issuer).
  return new SignJWT({
    email,
    type: "app",
    iss: ACCESS.team,
    aud: [ACCESS.audience],
    ...options.claims,
  })
    .setProtectedHeader({ alg: options.alg ?? "RS256", kid })
    .setIssuedAt()
    .setSubject(crypto.randomUUID())
    .setExpirationTime(options.expiresIn ?? "1h")
    .sign(privateKey);
}

let counter = 0;

/** A coordinator (or administrator) in D1, with their coordination points. */
export async function createCoordinator(
  role: CoordinatorRole,
  points: string[],
  overrides: Partial<Pick<Coordinator, "email" | "active">> = {},
): Promise<Coordinator> {
  counter += 1;
  const id = crypto.randomUUID();
  const email = overrides.email ?? `koordination-${counter}-${id.slice(0, 8)}@test.example`;
  const now = new Date().toISOString();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO coordinators (id, email, display_name, role, active, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)`,
    ).bind(id, email, `Test ${role} ${counter}`, role, overrides.active === false ? 0 : 1, now),
    ...points.map((point) =>
      env.DB.prepare(
        "INSERT INTO coordinator_points (coordinator_id, coordination_point) VALUES (?1, ?2)",
      ).bind(id, point),
    ),
  ]);
  return {
    id,
    email,
    displayName: `Test ${role} ${counter}`,
    role,
    points,
    active: overrides.active !== false,
  };
}

/** A request to the Worker as the workspace's own page would send it. */
export async function api(
  path: string,
  init: {
    method?: string;
    body?: unknown;
    token?: string | null;
    headers?: Record<string, string>;
  } = {},
): Promise<Response> {
  const headers: Record<string, string> = { "accept-language": "de", ...init.headers };
  if (init.token) headers["cf-access-jwt-assertion"] = init.token;
  let body: string | null = null;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  if (init.method && init.method !== "GET") {
    headers["sec-fetch-site"] ??= "same-origin";
    headers.origin ??= ORIGIN;
  }
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, { method: init.method ?? "GET", headers, body }),
  );
}

/** Signs in as a coordinator: returns a function that sends requests with their assertion. */
export async function as(coordinator: Coordinator) {
  const token = await assertion(coordinator.email);
  return (path: string, init: Parameters<typeof api>[1] = {}) => api(path, { ...init, token });
}

/** A volunteer sign-up as the forms worker stores it, routed to `point`. */
export async function storeSignup(point: string, overrides: Record<string, unknown> = {}) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const payload = {
    name: "Erika Musterfrau",
    email: "erika.musterfrau@example.org",
    municipality: "alzey",
    languages: [
      { language: "ar", level: "native" },
      { language: "de", level: "fluent" },
    ],
    categories: ["behoerden", "schule"],
    availabilityNote: "dienstags nachmittags",
    consent: true,
    ...overrides,
  };
  await env.DB.prepare(
    `INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at)
     VALUES (?1, 'volunteer_signup', ?2, 'new', ?3, 'de', ?4, ?4)`,
  )
    .bind(id, JSON.stringify(payload), point, now)
    .run();
  return { id, payload };
}

/** A help request as the forms worker stores it. */
export async function storeHelpRequest(point: string) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const payload = {
    requesterRole: "self",
    contactName: "Max Mustermann",
    contactEmail: "max.mustermann@example.org",
    category: "behoerden",
    languages: ["ar"],
    municipality: "alzey",
    weekdays: [],
    timesOfDay: [],
    consent: true,
  };
  await env.DB.prepare(
    `INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at)
     VALUES (?1, 'help_request', ?2, 'new', ?3, 'ar', ?4, ?4)`,
  )
    .bind(id, JSON.stringify(payload), point, now)
    .run();
  return { id, payload };
}

/** A profile the accept endpoint takes, derived from a stored sign-up. */
export function profileFrom(payload: Record<string, unknown>) {
  return {
    displayName: payload.name,
    languages: payload.languages,
    municipalities: [payload.municipality],
    categories: payload.categories,
    availability: [{ weekday: 2, from: "14:00", to: "18:00" }],
    goodConduct: { seenOn: "2026-11-20", clear: true },
    contact: { email: payload.email },
  };
}

/** Expert talks (module behoerden) and workshops (antraege) on 1, 2, … October 2026. */
export async function createSessions(
  request: Awaited<ReturnType<typeof as>>,
  count: { talks: number; workshops: number },
) {
  const ids: string[] = [];
  const plan = [
    ...Array.from({ length: count.talks }, (_, i) => ({
      kind: "expert_talk",
      module: "behoerden",
      day: i + 1,
    })),
    ...Array.from({ length: count.workshops }, (_, i) => ({
      kind: "workshop",
      module: "antraege",
      day: count.talks + i + 1,
    })),
  ];
  for (const { kind, module, day } of plan) {
    const response = await request("/api/sessions", {
      method: "POST",
      body: {
        kind,
        module,
        title: `${kind === "workshop" ? "Workshop" : "Fachvortrag"} ${day}`,
        date: `2026-10-${String(day).padStart(2, "0")}`,
        start: "18:00",
        end: "20:00",
        location: "Kreisverwaltung Alzey, Sitzungssaal",
      },
    });
    expect(response.status).toBe(201);
    ids.push((await response.json<{ id: string }>()).id);
  }
  return ids;
}

/** A certified volunteer straight into D1 (with a certificate in force), for matching. */
export async function certifiedVolunteer(
  point: string,
  overrides: { name?: string; languages?: { language: string; level: string }[] } = {},
) {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const name = overrides.name ?? `Amira Musterfrau ${id.slice(0, 4)}`;
  const profile = {
    displayName: name,
    languages: overrides.languages ?? [
      { language: "ar", level: "native" },
      { language: "de", level: "fluent" },
    ],
    municipalities: ["alzey"],
    categories: ["behoerden", "jobcenter", "antraege"],
    availability: [],
    goodConduct: { seenOn: "2026-11-20", clear: true },
    contact: { email: `${id.slice(0, 8)}@example.org` },
  };
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO volunteers (id, coordination_point, status, display_name, record, created_at, updated_at)
       VALUES (?1, ?2, 'certified', ?3, ?4, ?5, ?5)`,
    ).bind(id, point, name, JSON.stringify(profile), now),
    env.DB.prepare(
      `INSERT INTO certificates (number, district_id, year, sequence, volunteer_id, holder_name, issued_on, modules, issued_by, created_at)
       VALUES (?1, 'alzey-worms', 2026, ?2, ?3, ?4, '2026-11-20', '[]', 'test', ?5)`,
    ).bind(`T-${id}`, Math.floor(Math.random() * 1e9), id, name, now),
  ]);
  return { id, name, email: profile.contact.email };
}

/** The answer link's token of a link row, signed with the tests' LINK_SECRET. */
export async function answerToken(linkId: string): Promise<string> {
  const { tokenOf } = await import("../src/worker/cases/link-token.js");
  return tokenOf(inject("linkSecret"), "answer", linkId);
}

/** The answer link a volunteer got for their latest offer on a case. */
export async function offerLink(caseId: string) {
  const row = await env.DB.prepare(
    `SELECT l.id, l.assignment_id FROM volunteer_links l JOIN assignments a ON a.id = l.assignment_id
     WHERE a.case_id = ?1 AND l.used_at IS NULL ORDER BY a.offered_at DESC LIMIT 1`,
  )
    .bind(caseId)
    .first<{ id: string; assignment_id: string }>();
  if (!row) throw new Error("no open link");
  return { token: await answerToken(row.id), assignmentId: row.assignment_id, linkId: row.id };
}

/** A volunteer's answer through the public page, as the browser's form sends it. */
export function answer(
  token: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return exports.default.fetch(
    new Request(`${ORIGIN}/v/${token}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
        origin: ORIGIN,
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

/** The public page of a link. */
export function linkPage(token: string, query = "") {
  return exports.default.fetch(new Request(`${ORIGIN}/v/${token}${query}`));
}
