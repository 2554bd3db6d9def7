import { describe, expect, it } from "vitest";
import { prefersHtml } from "../../src/http/accept.js";

describe("prefersHtml", () => {
  it("is true for a browser navigating (Chromium, Firefox, Safari)", () => {
    for (const accept of [
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "text/html, application/xhtml+xml",
    ]) {
      expect(prefersHtml(accept), accept).toBe(true);
    }
  });

  it("is false for JSON clients, curl, ties and a missing header", () => {
    for (const accept of [
      null,
      "",
      "application/json",
      "*/*",
      "application/json, text/html;q=0.9",
      "text/html;q=0.5, application/json;q=0.5",
      "text/html;q=0",
      "application/*, text/*",
    ]) {
      expect(prefersHtml(accept), String(accept)).toBe(false);
    }
  });
});
