import { describe, expect, it } from "vitest";
import { district } from "../src/config.ts";
import {
  fieldKeyOf,
  languageRowsOf,
  submitToWorker,
  toFieldErrors,
  validateEntries,
} from "../src/islands/form-model.ts";

const props = {
  locale: "de",
  municipalities: district.municipalities.map((m) => ({ value: m.id, label: m.name })),
  categories: district.categories.map((c) => ({ value: c.id, label: c.label.de })),
  languages: district.languagesOffered.map((tag) => ({ value: tag, label: tag })),
};

describe("fieldKeyOf", () => {
  it("maps an issue of a sign-up language entry back to the form row it came from", () => {
    // Rows 0 and 2 were filled, row 1 left empty: entry 1 of the payload is row 2.
    expect(fieldKeyOf("volunteer_signup", "languages.1.level", [0, 2])).toBe("languages.2.level");
    expect(fieldKeyOf("volunteer_signup", "languages", [])).toBe("languages");
  });

  it("maps list items of the help request to the whole group", () => {
    expect(fieldKeyOf("help_request", "languages.3", [])).toBe("languages");
    expect(fieldKeyOf("help_request", "weekdays.0", [])).toBe("weekdays");
  });
});

describe("languageRowsOf", () => {
  it("lists the rows whose language is filled in, in order", () => {
    expect(
      languageRowsOf([
        ["languages.2.language", "ar"],
        ["languages.0.language", "de"],
        ["languages.1.language", ""],
      ]),
    ).toEqual([0, 2]);
  });
});

describe("toFieldErrors", () => {
  it("keeps the first message per field, in the order of the form", () => {
    const errors = toFieldErrors(
      "help_request",
      [
        { field: "consent", message: "c" },
        { field: "contactName", message: "n1" },
        { field: "contactName", message: "n2" },
      ],
      [],
    );
    expect(errors).toEqual([
      { key: "contactName", message: "n1" },
      { key: "consent", message: "c" },
    ]);
  });
});

describe("validateEntries", () => {
  it("validates with the domain's schemas and messages in the page language", () => {
    const outcome = validateEntries("help_request", [["contactName", "E"]], {
      ...props,
      locale: "tr",
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.find((e) => e.key === "contactName")?.message).toBe(
      "Lütfen adınızı girin.",
    );
  });

  it("returns the parsed payload and the honeypot for a complete form", () => {
    const outcome = validateEntries(
      "help_request",
      [
        ["requesterRole", "self"],
        ["contactName", "Erika Mustermann"],
        ["contactPhone", "06731 000000"],
        ["category", "arzt"],
        ["languages", "fa"],
        ["municipality", "alzey"],
        ["weekdays", "2"],
        ["consent", "on"],
        ["website", ""],
      ],
      props,
    );
    expect(outcome).toMatchObject({
      ok: true,
      honeypot: "",
      payload: { category: "arzt", languages: ["fa"], weekdays: [2], consent: true },
    });
  });
});

describe("submitToWorker", () => {
  const request = {
    action: "http://127.0.0.1:8787/api/help-requests",
    locale: "fa",
    payload: { contactName: "E" },
    honeypot: "",
    startedAt: 1,
    idempotencyKey: "k",
    languageRows: [],
  };
  const answer = (status: number, body?: unknown) =>
    (async () =>
      new Response(body === undefined ? null : JSON.stringify(body), { status })) as typeof fetch;

  it("sends JSON with the page language, the idempotency key and the meta fields", async () => {
    let sent: RequestInit | undefined;
    const fake = (async (_url: string, init: RequestInit) => {
      sent = init;
      return new Response(null, { status: 201 });
    }) as typeof fetch;
    expect(await submitToWorker("help_request", request, fake)).toEqual({ kind: "accepted" });
    expect(sent?.headers).toMatchObject({
      "Content-Type": "application/json",
      "Accept-Language": "fa",
      "Idempotency-Key": "k",
    });
    expect(JSON.parse(String(sent?.body))).toEqual({
      contactName: "E",
      website: "",
      formStartedAt: 1,
      idempotencyKey: "k",
      locale: "fa",
    });
  });

  it("turns a 422 into per-field messages", async () => {
    const outcome = await submitToWorker(
      "help_request",
      request,
      answer(422, {
        error: { code: "invalid", message: "x", issues: [{ field: "contactEmail", message: "m" }] },
      }),
    );
    expect(outcome).toEqual({ kind: "invalid", errors: [{ key: "contactEmail", message: "m" }] });
  });

  it.each([
    ["no body", undefined],
    ["a body outside the contract", { issues: [{ field: "contactEmail", message: "m" }] }],
    ["a validation error without issues", { error: { code: "validation_failed", message: "x" } }],
  ])("treats a 422 with %s as refused", async (_what, body) => {
    expect(await submitToWorker("help_request", request, answer(422, body))).toEqual({
      kind: "forbidden",
    });
  });

  it.each([
    [429, "rateLimited"],
    [403, "forbidden"],
    [400, "forbidden"],
    [500, "unavailable"],
    [503, "unavailable"],
  ])("treats %i as %s", async (status, kind) => {
    expect(await submitToWorker("help_request", request, answer(status))).toEqual({ kind });
  });

  it("reports a failed connection", async () => {
    const failing = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    expect(await submitToWorker("help_request", request, failing)).toEqual({ kind: "network" });
  });
});
