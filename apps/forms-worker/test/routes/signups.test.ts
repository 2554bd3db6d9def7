import { describe, expect, it } from "vitest";
import {
  formFields,
  marker,
  postForm,
  postJson,
  SITE_ORIGIN,
  storedRow,
  validSignup,
} from "../helpers.js";

describe("POST /api/signups (JSON)", () => {
  it("stores a valid sign-up and answers 201 with its id", async () => {
    const response = await postJson("/api/signups", validSignup());

    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await storedRow(id);
    expect(row).toMatchObject({
      kind: "volunteer_signup",
      status: "new",
      coordination_point: "kreisverwaltung",
      locale: "de",
      notified_at: null,
    });
    expect(JSON.parse(row?.payload ?? "{}")).toEqual({
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
    });
  });

  it("stores the validated, normalised payload without meta fields or unknown keys", async () => {
    const response = await postJson(
      "/api/signups",
      validSignup({
        name: "  Ana  ",
        languages: [{ language: "AR", level: "native" }],
        isAdmin: true,
      }),
    );

    const { id } = (await response.json()) as { id: string };
    const payload = JSON.parse((await storedRow(id))?.payload ?? "{}");
    expect(payload.name).toBe("Ana");
    expect(payload.languages).toEqual([{ language: "ar", level: "native" }]);
    expect(payload).not.toHaveProperty("isAdmin");
    expect(payload).not.toHaveProperty("website");
    expect(payload).not.toHaveProperty("formStartedAt");
    expect(payload).not.toHaveProperty("locale");
  });

  it("answers 422 with a German message per field for a German form", async () => {
    const response = await postJson(
      "/api/signups",
      validSignup({ name: "", email: "kein-at", categories: [], consent: false }),
    );

    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; message: string; issues: { field: string; message: string }[] };
    };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toBe("Einige Angaben fehlen oder sind ungültig.");
    expect(body.error.issues.map((issue) => issue.field).sort()).toEqual([
      "categories",
      "consent",
      "email",
      "name",
    ]);
    expect(body.error.issues.find((i) => i.field === "email")?.message).toMatch(/E-Mail/);
  });

  it("answers 422 in English for an English form", async () => {
    const response = await postJson("/api/signups", validSignup({ email: "nope", locale: "en" }));

    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { message: string; issues: { field: string; message: string }[] };
    };
    expect(body.error.message).toBe("Some entries are missing or invalid.");
    expect(body.error.issues).toEqual([
      { field: "email", message: expect.stringMatching(/e-?mail/i) },
    ]);
  });

  it("uses Accept-Language when the body names no locale", async () => {
    const { locale: _drop, ...withoutLocale } = validSignup({ email: "nope" });
    const english = await postJson("/api/signups", withoutLocale, {
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    const turkish = await postJson("/api/signups", withoutLocale, {
      headers: { "accept-language": "tr" },
    });
    const german = await postJson("/api/signups", withoutLocale, {
      headers: { "accept-language": "de-AT" },
    });

    expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(
      /^Some entries/,
    );
    expect(((await turkish.json()) as { error: { message: string } }).error.message).toMatch(
      /^Some entries/,
    );
    expect(((await german.json()) as { error: { message: string } }).error.message).toMatch(
      /^Einige Angaben/,
    );
  });

  it("refuses a municipality or category the district does not offer", async () => {
    const response = await postJson(
      "/api/signups",
      validSignup({ municipality: "mainz", categories: ["raumfahrt"] }),
    );

    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: { field: string }[] } };
    expect(body.error.issues.map((i) => i.field).sort()).toEqual(["categories.0", "municipality"]);
  });
});

describe("POST /api/signups (plain form, no JavaScript)", () => {
  it("stores the form and redirects 303 to the German thank-you page", async () => {
    const tag = marker();
    const response = await postForm("/api/signups", formFields(validSignup({ motivation: tag })));

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}/mitmachen/danke/`);
  });

  it("redirects an English form to the English thank-you page", async () => {
    const response = await postForm("/api/signups", formFields(validSignup({ locale: "en" })));

    expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}/en/volunteer/thanks/`);
  });

  it("redirects a sign-up in Arabic to the Arabic thank-you page", async () => {
    const response = await postForm("/api/signups", formFields(validSignup({ locale: "ar" })));

    expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}/ar/volunteer/thanks/`);
  });

  it("decodes the form's language rows, lists and consent checkbox", async () => {
    const fields = new URLSearchParams([
      ["name", "Ana Beispiel"],
      ["email", "ana@example.org"],
      ["phone", ""],
      ["municipality", "eich"],
      ["languages.0.language", "ar"],
      ["languages.0.level", "native"],
      ["languages.1.language", ""],
      ["languages.1.level", "fluent"],
      ["categories", "arzt"],
      ["categories", "schule"],
      ["availabilityNote", ""],
      ["motivation", ""],
      ["consent", "on"],
      ["website", ""],
      ["formStartedAt", ""],
      ["locale", "de"],
    ]);
    const response = await postForm("/api/signups", fields);

    expect(response.status).toBe(303);
  });

  it("answers invalid input with an accessible German HTML page listing the problems", async () => {
    const response = await postForm(
      "/api/signups",
      formFields(validSignup({ email: "kein-at", consent: false })),
    );

    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain("<h1>Bitte prüfen Sie Ihre Angaben</h1>");
    expect(page).toContain("<strong>E-Mail-Adresse:</strong>");
    expect(page).toContain("<strong>Datenschutz:</strong>");
    expect(page).toContain(`<a href="${SITE_ORIGIN}/mitmachen/">Zurück zum Formular</a>`);
    expect(page).not.toMatch(/<script/i);
  });

  it("links an English error page back to the English form", async () => {
    const response = await postForm(
      "/api/signups",
      formFields(validSignup({ email: "x", locale: "en" })),
    );

    const page = await response.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`<a href="${SITE_ORIGIN}/en/volunteer/">Back to the form</a>`);
  });

  it("escapes what the visitor typed when it appears on the error page", async () => {
    // The domain messages do not echo input, but field names from the body can reach the
    // page through issue paths; neither may inject markup.
    const response = await postForm(
      "/api/signups",
      formFields(validSignup({ name: "<script>alert(1)</script>", email: "<b>x</b>" })),
    );

    const page = await response.text();
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<b>x</b>");
  });
});
