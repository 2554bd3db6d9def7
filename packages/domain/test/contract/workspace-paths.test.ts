import { describe, expect, it } from "vitest";
import { SUBMISSION_ENDPOINTS } from "../../src/contract/endpoints.js";
import { WORKSPACE_RECORD_PATHS, workspacePath } from "../../src/contract/workspace-paths.js";

describe("workspacePath", () => {
  it("has a workspace page for every kind of submission", () => {
    expect(Object.keys(WORKSPACE_RECORD_PATHS).sort()).toEqual(
      Object.keys(SUBMISSION_ENDPOINTS).sort(),
    );
  });

  it("links a sign-up and a help request to their own pages", () => {
    expect(workspacePath("volunteer_signup", "abc")).toBe("/anmeldungen/abc");
    expect(workspacePath("help_request", "abc")).toBe("/anfragen/abc");
  });

  it("keeps an id with reserved characters inside one path segment", () => {
    expect(workspacePath("help_request", "a/b?c")).toBe("/anfragen/a%2Fb%3Fc");
  });
});
