import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Submission } from "../../src/storage/submissions.js";
import { admin, marker, postJson, validHelpRequest, validSignup, withEnv } from "../helpers.js";

async function createSignup(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await postJson(
    "/api/signups",
    validSignup({ motivation: marker(), ...overrides }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function createHelpRequest(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await postJson(
    "/api/help-requests",
    validHelpRequest({ description: marker(), ...overrides }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe("admin API authentication", () => {
  const endpoints: [string, string][] = [
    ["GET", "/api/admin/submissions"],
    ["GET", "/api/admin/submissions.csv"],
    ["GET", "/api/admin/submissions/some-id"],
    ["PATCH", "/api/admin/submissions/some-id"],
    ["DELETE", "/api/admin/submissions/some-id"],
  ];

  for (const [method, path] of endpoints) {
    it(`answers ${method} ${path} without a token with 401`, async () => {
      const response = await admin(path, { method, token: null });

      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    });

    it(`answers ${method} ${path} with a wrong token with 401`, async () => {
      const response = await admin(path, { method, token: "test-admin-tokeN" });

      expect(response.status).toBe(401);
    });
  }

  it("refuses other schemes and malformed headers", async () => {
    for (const authorization of [
      "Basic dGVzdC1hZG1pbi10b2tlbg==",
      "test-admin-token",
      "Bearer",
      "Bearer test-admin-token extra",
      "Bearertest-admin-token",
    ]) {
      const response = await admin("/api/admin/submissions", {
        token: null,
        headers: { authorization },
      });
      expect(response.status, authorization).toBe(401);
    }
  });

  it("accepts the scheme name in any case", async () => {
    const response = await admin("/api/admin/submissions", {
      token: null,
      headers: { authorization: "bearer test-admin-token" },
    });

    expect(response.status).toBe(200);
  });

  it("refuses everyone, even an empty bearer, when no ADMIN_TOKEN is configured", async () => {
    const response = await withEnv({ ADMIN_TOKEN: "" }, () =>
      admin("/api/admin/submissions", { token: "" }),
    );

    expect(response.status).toBe(401);
  });

  it("answers 401 before revealing whether a submission exists", async () => {
    const id = await createSignup();
    const response = await admin(`/api/admin/submissions/${id}`, { token: "wrong" });

    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain(id);
  });
});

describe("GET /api/admin/submissions", () => {
  it("lists submissions newest first with their payload", async () => {
    const older = await createSignup();
    const newer = await createHelpRequest();
    const response = await admin("/api/admin/submissions?limit=500");

    expect(response.status).toBe(200);
    const { submissions } = (await response.json()) as { submissions: Submission[] };
    const ids = submissions.map((s) => s.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    expect(submissions.find((s) => s.id === newer)).toMatchObject({
      kind: "help_request",
      status: "new",
      coordinationPoint: "kreisverwaltung",
      payload: { contactName: "Omar Beispiel", category: "arzt" },
    });
  });

  it("filters by kind, status and coordination point", async () => {
    const signup = await createSignup();
    const help = await createHelpRequest();
    await admin(`/api/admin/submissions/${help}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "forwarded" }),
    });

    const byKind = (await (
      await admin("/api/admin/submissions?kind=volunteer_signup&limit=500")
    ).json()) as {
      submissions: Submission[];
    };
    expect(byKind.submissions.every((s) => s.kind === "volunteer_signup")).toBe(true);
    expect(byKind.submissions.some((s) => s.id === signup)).toBe(true);

    const byStatus = (await (await admin("/api/admin/submissions?status=forwarded")).json()) as {
      submissions: Submission[];
    };
    expect(byStatus.submissions.map((s) => s.id)).toContain(help);
    expect(byStatus.submissions.every((s) => s.status === "forwarded")).toBe(true);

    const byPoint = (await (
      await admin("/api/admin/submissions?coordinationPoint=cafe-asyl")
    ).json()) as {
      submissions: Submission[];
    };
    expect(byPoint.submissions).toEqual([]);
  });

  it("pages with limit and cursor without gaps or repeats", async () => {
    for (let i = 0; i < 5; i++) await createSignup();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const page = (await (await admin(`/api/admin/submissions?limit=2${query}`)).json()) as {
        submissions: Submission[];
        nextCursor: string | null;
      };
      seen.push(...page.submissions.map((s) => s.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 1000);

    const all = (await (await admin("/api/admin/submissions?limit=500")).json()) as {
      submissions: Submission[];
    };
    expect(seen).toEqual(all.submissions.map((s) => s.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("answers invalid filters and paging parameters with 400", async () => {
    for (const query of [
      "kind=newsletter",
      "status=archived",
      "coordinationPoint=Caf%C3%A9",
      "limit=0",
      "limit=501",
      "limit=abc",
      "cursor=not-a-cursor",
    ]) {
      const response = await admin(`/api/admin/submissions?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_query" } });
    }
  });
});

describe("GET/PATCH/DELETE /api/admin/submissions/:id", () => {
  it("returns one submission", async () => {
    const id = await createHelpRequest();
    const response = await admin(`/api/admin/submissions/${id}`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, kind: "help_request", closedAt: null });
  });

  it("answers an unknown id with 404 submission_not_found", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await admin("/api/admin/submissions/00000000-0000-4000-8000-000000000000", {
        method,
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "submission_not_found" } });
    }
  });

  it("moves a submission through its statuses and records when it was closed", async () => {
    const id = await createHelpRequest();
    const patch = (status: string) =>
      admin(`/api/admin/submissions/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status }),
      });

    for (const status of ["in_progress", "forwarded"]) {
      const response = await patch(status);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id, status, closedAt: null });
    }
    const closed = (await (await patch("closed")).json()) as Submission;
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).toBe(closed.updatedAt);

    const reopened = (await (await patch("in_progress")).json()) as Submission;
    expect(reopened.closedAt).toBeNull();
  });

  it("changes nothing when the status is already set", async () => {
    const id = await createHelpRequest();
    const before = (await (await admin(`/api/admin/submissions/${id}`)).json()) as Submission;
    const response = await admin(`/api/admin/submissions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "new" }),
    });

    expect(await response.json()).toEqual(before);
  });

  it("answers an invalid status with 422 naming the allowed values", async () => {
    const id = await createHelpRequest();
    const response = await admin(`/api/admin/submissions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", "accept-language": "en" },
      body: JSON.stringify({ status: "archived" }),
    });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: "Some entries are missing or invalid.",
        issues: [
          {
            field: "status",
            message: "The status must be one of: new, in_progress, forwarded, closed.",
          },
        ],
      },
    });
  });

  it("answers PATCH with a non-JSON body with 415 and broken JSON with 400", async () => {
    const id = await createHelpRequest();
    const form = await admin(`/api/admin/submissions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "status=closed",
    });
    const broken = await admin(`/api/admin/submissions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: "{status:",
    });

    expect(form.status).toBe(415);
    expect(broken.status).toBe(400);
  });

  it("answers PATCH of an unknown id with 404", async () => {
    const response = await admin("/api/admin/submissions/nope", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "closed" }),
    });

    expect(response.status).toBe(404);
  });

  it("erases a submission (GDPR) with 204; afterwards it is gone", async () => {
    const id = await createSignup();
    const response = await admin(`/api/admin/submissions/${id}`, { method: "DELETE" });

    expect(response.status).toBe(204);
    expect((await admin(`/api/admin/submissions/${id}`)).status).toBe(404);
    const keys = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM idempotency_keys WHERE submission_id = ?1",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(keys?.n).toBe(0);
  });

  it("answers PUT with 405 naming the allowed methods", async () => {
    const response = await admin("/api/admin/submissions/x", { method: "PUT" });

    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, PATCH, DELETE, HEAD, OPTIONS");
  });
});

describe("GET /api/admin/submissions.csv", () => {
  async function csv(query = ""): Promise<{ response: Response; text: string }> {
    const response = await admin(`/api/admin/submissions.csv${query}`);
    return { response, text: await response.text() };
  }

  it("exports UTF-8 with BOM, ';' separators, CRLF lines and a header row", async () => {
    const id = await createSignup({ name: "Jürgen Wörrstädter" });
    const { response, text } = await csv();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="submissions-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await (await admin("/api/admin/submissions.csv")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith("id;kind;status;coordination_point;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const line = text.split("\r\n").find((l) => l.startsWith(id));
    expect(line).toContain(";volunteer_signup;new;kreisverwaltung;");
    expect(line).toContain(";Jürgen Wörrstädter;ana.beispiel@example.org;'+49 6731 123456;");
    expect(line).toContain(";ar (native), de (fluent);");
  });

  it("neutralises formulas and quotes delimiters, quotes and line breaks", async () => {
    const id = await createSignup({
      name: '=HYPERLINK("http://evil.example","klick")',
      availabilityNote: "@SUM(1;2)",
      motivation: 'Sagt "Hallo";\nZeile 2',
    });
    const { text } = await csv("?kind=volunteer_signup");

    const start = text.indexOf(id);
    const record = text.slice(start, text.indexOf("\r\n", start));
    expect(record).toContain(`;"'=HYPERLINK(""http://evil.example"",""klick"")";`);
    expect(record).toContain(`;"'@SUM(1;2)";`);
    expect(record).toContain(`;"Sagt ""Hallo"";\nZeile 2";`);
  });

  it("applies the same filters as the list", async () => {
    const help = await createHelpRequest();
    const { text } = await csv("?kind=volunteer_signup");

    expect(text).not.toContain(help);
  });
});
