import { describe, expect, it } from "vitest";
import { submissionErrorBodySchema } from "../../src/contract/error-body.js";

describe("submissionErrorBodySchema", () => {
  it("accepts a catalogued error", () => {
    const body = {
      error: { code: "rate_limited", message: "Wait a minute, then try again." },
    };
    expect(submissionErrorBodySchema.parse(body)).toEqual(body);
  });

  it("accepts a validation error with the problem of each field", () => {
    const body = {
      error: {
        code: "validation_failed",
        message: "Einige Angaben fehlen oder sind ungültig.",
        issues: [
          { field: "contactEmail", message: "Bitte geben Sie eine gültige E-Mail-Adresse an." },
          { field: "languages.0.level", message: "Bitte wählen Sie ein Niveau." },
          { field: "", message: "Bitte prüfen Sie das Formular." },
        ],
      },
    };
    expect(submissionErrorBodySchema.parse(body)).toEqual(body);
  });

  it("ignores properties it does not know, so the worker may add some", () => {
    const parsed = submissionErrorBodySchema.parse({
      error: { code: "not_found", message: "There is no endpoint at this path.", hint: "…" },
      requestId: "abc",
    });
    expect(parsed).toEqual({
      error: { code: "not_found", message: "There is no endpoint at this path." },
    });
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a string", "Internal Server Error"],
    ["an array", [{ code: "x", message: "y" }]],
    ["an empty object", {}],
    ["the error at top level", { code: "rate_limited", message: "Wait." }],
    ["an error without a code", { error: { message: "Wait." } }],
    ["an error without a message", { error: { code: "rate_limited" } }],
    ["an empty message", { error: { code: "rate_limited", message: "" } }],
    ["a code that is not a catalogue name", { error: { code: "Rate Limited!", message: "x" } }],
    ["a numeric code", { error: { code: 429, message: "x" } }],
    [
      "issues that are not a list",
      { error: { code: "validation_failed", message: "x", issues: {} } },
    ],
    [
      "an issue without a message",
      { error: { code: "validation_failed", message: "x", issues: [{ field: "name" }] } },
    ],
    [
      "an issue without a field",
      { error: { code: "validation_failed", message: "x", issues: [{ message: "m" }] } },
    ],
  ])("rejects %s", (_what, body) => {
    expect(submissionErrorBodySchema.safeParse(body).success).toBe(false);
  });
});
