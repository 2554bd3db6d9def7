import { describe, expect, it } from "vitest";
import { FORM_META_FIELDS } from "../../src/contract/form-meta.js";
import { FORM_FIELDS } from "../../src/schemas/form-encoding.js";

describe("FORM_META_FIELDS", () => {
  it("names five distinct fields", () => {
    expect(new Set(Object.values(FORM_META_FIELDS)).size).toBe(5);
  });

  it("never takes the name of a payload field", () => {
    const payload = new Set([...FORM_FIELDS.help_request, ...FORM_FIELDS.volunteer_signup]);
    expect(Object.values(FORM_META_FIELDS).filter((name) => payload.has(name))).toEqual([]);
  });
});
