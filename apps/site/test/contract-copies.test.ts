import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CONTRACT_LITERALS, FORM_META_FIELDS } from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";

/*
 * The worker's endpoints, the form pages and the forms' meta field names are the domain's
 * contract with the forms worker. A quoted copy in the site's code would drift from the
 * contract unnoticed, so none may remain: the code imports the contract instead. Prose
 * written by editors (src/content, src/components/content) may link to a form page like
 * to any other page.
 */
const SRC = join(import.meta.dirname, "..", "src");
const PROSE = [join(SRC, "content"), join(SRC, "components", "content")];

const codeFiles = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .map((file) => join(SRC, file))
  .filter((file) => /\.(ts|tsx|astro)$/.test(file) && !PROSE.some((dir) => file.startsWith(dir)));

const sources: Record<string, string> = Object.fromEntries(
  codeFiles.map((file) => [relative(SRC, file), readFileSync(file, "utf8")]),
);

/** Values that only ever mean the contract. */
const contractValues = CONTRACT_LITERALS;

/** Quoted contract values and hard-coded meta field names, as `file: value`. */
function copiesIn(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, text]) => [
    ...contractValues
      .filter((value) => ["'", '"', "`"].some((q) => text.includes(`${q}${value}${q}`)))
      .map((value) => `${file}: ${value}`),
    ...Object.values(FORM_META_FIELDS)
      .filter((name) => new RegExp(`\\bname=["'{\`]${name}["'}\`]`).test(text))
      .map((name) => `${file}: name=${name}`),
  ]);
}

describe("the contract with the forms worker", () => {
  it("reads the site's code", () => {
    expect(Object.keys(sources)).toContain(join("islands", "form-model.ts"));
    expect(Object.keys(sources)).toContain(join("i18n", "routes.ts"));
  });

  it("is imported from the domain, never copied into the site's code", () => {
    expect(copiesIn(sources)).toEqual([]);
  });

  it("would notice a copied endpoint, page path or field name", () => {
    expect(
      copiesIn({
        "a.ts": 'const url = "/api/help-requests";',
        "b.tsx": '<input type="hidden" name="locale" />',
        "c.ts": "go(`/fa/request-help/thanks/`)",
      }),
    ).toEqual(["a.ts: /api/help-requests", "b.tsx: name=locale", "c.ts: /fa/request-help/thanks/"]);
  });
});
