import { describe, expect, it } from "vitest";
import { SUBMISSION_ENDPOINTS } from "../../src/contract/endpoints.js";
import { FORM_FIELDS } from "../../src/schemas/form-encoding.js";

describe("SUBMISSION_ENDPOINTS", () => {
  it("has one endpoint per kind of submission", () => {
    expect(Object.keys(SUBMISSION_ENDPOINTS).sort()).toEqual(Object.keys(FORM_FIELDS).sort());
    expect(new Set(Object.values(SUBMISSION_ENDPOINTS)).size).toBe(2);
  });

  it("names the worker's paths under /api/", () => {
    expect(SUBMISSION_ENDPOINTS).toEqual({
      volunteer_signup: "/api/signups",
      help_request: "/api/help-requests",
    });
  });
});
