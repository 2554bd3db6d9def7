import { CONTRACT_LITERALS } from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";

/*
 * The worker's paths, the site's pages and the forms' meta field names are the domain's
 * contract with the site. A quoted copy of one of them in the worker's code would drift
 * from the contract unnoticed, so none may remain: the code imports the contract instead.
 * (Vite inlines the sources at transform time; the test itself runs in workerd.)
 */
const sources = import.meta.glob<string>("../src/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Values that only ever mean the contract. */
const contractValues = CONTRACT_LITERALS;

/** Every quoted occurrence of a contract value, as `file: value`. */
function quotedCopies(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) =>
    contractValues
      .filter((value) => ["'", '"', "`"].some((q) => text.includes(`${q}${value}${q}`)))
      .map((value) => `${file}: ${value}`),
  );
}

describe("the contract with the site", () => {
  it("reads the worker's sources", () => {
    expect(Object.keys(sources)).toContain("../src/routes/submissions.ts");
  });

  it("is imported from the domain, never copied into the worker's code", () => {
    expect(quotedCopies(sources)).toEqual([]);
  });

  it("would notice a copy", () => {
    expect(quotedCopies({ "x.ts": 'route("/api/signups")' })).toEqual(["x.ts: /api/signups"]);
  });
});
