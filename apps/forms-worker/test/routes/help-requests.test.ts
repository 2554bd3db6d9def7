import { describe, expect, it } from "vitest";
import {
  formFields,
  postForm,
  postJson,
  SITE_ORIGIN,
  storedRow,
  validHelpRequest,
} from "../helpers.js";

describe("POST /api/help-requests (JSON)", () => {
  it("stores a valid help request, routed to the district's coordination point", async () => {
    const response = await postJson("/api/help-requests", validHelpRequest());

    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const row = await storedRow(id);
    expect(row).toMatchObject({
      kind: "help_request",
      status: "new",
      // Alzey-Worms routes every category to the district's integration officer.
      coordination_point: "kreisverwaltung",
    });
    expect(JSON.parse(row?.payload ?? "{}")).toMatchObject({
      category: "arzt",
      languages: ["ar", "prs"],
      weekdays: [2, 4],
      timesOfDay: ["morning"],
    });
  });

  it("accepts a phone number alone as the way to reply", async () => {
    const response = await postJson(
      "/api/help-requests",
      validHelpRequest({ contactEmail: "", contactPhone: "06731 123456" }),
    );

    expect(response.status).toBe(201);
  });

  it("requires an e-mail address or a phone number", async () => {
    const response = await postJson(
      "/api/help-requests",
      validHelpRequest({ contactEmail: "", contactPhone: "", locale: "en" }),
    );

    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { issues: { field: string; message: string }[] };
    };
    expect(body.error.issues).toEqual([
      { field: "contactEmail", message: expect.stringMatching(/e-mail|phone/i) },
    ]);
  });

  it("accepts languages the district does not offer (a bridge language will be found)", async () => {
    const response = await postJson("/api/help-requests", validHelpRequest({ languages: ["ti"] }));

    expect(response.status).toBe(201);
  });
});

describe("POST /api/help-requests (plain form)", () => {
  const cases = [
    ["de", "/hilfe-anfragen/danke/"],
    ["en", "/en/request-help/thanks/"],
    ["ar", "/ar/request-help/thanks/"],
    ["fa", "/fa/request-help/thanks/"],
    ["uk", "/uk/request-help/thanks/"],
    ["ru", "/ru/request-help/thanks/"],
    ["tr", "/tr/request-help/thanks/"],
  ] as const;

  for (const [locale, path] of cases) {
    it(`redirects a form in "${locale}" to ${path}`, async () => {
      const response = await postForm(
        "/api/help-requests",
        formFields(validHelpRequest({ locale, contactName: `Name ${locale}` })),
      );

      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}${path}`);
    });
  }

  it("links the error page of an Arabic form back to the Arabic form, in Arabic", async () => {
    const response = await postForm(
      "/api/help-requests",
      formFields(validHelpRequest({ locale: "ar", category: "" })),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain(`href="${SITE_ORIGIN}/ar/request-help/"`);
  });

  it("falls back to Accept-Language for the redirect when the form names no locale", async () => {
    const fields = formFields(validHelpRequest());
    fields.delete("locale");
    const response = await postForm("/api/help-requests", fields, {
      headers: { "accept-language": "uk-UA, en;q=0.5" },
    });

    expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}/uk/request-help/thanks/`);
  });
});
