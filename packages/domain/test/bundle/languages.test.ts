/*
 * What a browser bundle of the package carries, measured by bundling the source as a
 * site would (esbuild, minified, tree-shaken): a form validating in German carries German
 * messages only; one validating in Arabic carries Arabic and its English fallback, and no
 * other language; the calendar entry carries no form languages. Deterministic budgets,
 * not timings.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "domain-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A message of each language, as it appears in a bundle. */
const MARKERS = {
  de: "Bitte füllen Sie dieses Feld aus.",
  en: "Please fill in this field.",
  ar: "يرجى ملء هذا الحقل.",
  fa: "لطفاً این قسمت را پر کنید.",
  ru: "Пожалуйста",
  tr: "Lütfen",
  uk: "Будь ласка",
} as const;

/** Validates an empty help request form as the site's island does, in `locale`. */
const formEntry = (imports: string, locale: string) => `
import { formSchemasFor, parseWith, registerMessages } from ${JSON.stringify(`${src}index.ts`)};
${imports}
const schemas = formSchemasFor({
  municipalities: [{ id: "alzey" }],
  categories: [{ id: "arzt" }],
  languagesOffered: ["ar", "de"],
});
const result = parseWith(schemas.helpRequest, { municipality: "alzey" }, ${JSON.stringify(locale)});
export const first = result.ok ? "" : result.issues.find((i) => i.field === "contactName").message;
`;

async function bundle(name: string, contents: string, external: string[] = []) {
  const result = await build({
    stdin: { contents, resolveDir: src, sourcefile: `${name}.ts`, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external,
    logLevel: "silent",
    charset: "utf8",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, code);
  return { code, file };
}

const languagesIn = (code: string) =>
  Object.entries(MARKERS)
    .filter(([, marker]) => code.includes(marker))
    .map(([locale]) => locale);

describe("browser bundles carry only the languages they use", () => {
  it("a form validating in German carries German messages only", async () => {
    const { code, file } = await bundle("german-form", formEntry("", "de"));
    expect(languagesIn(code)).toEqual(["de"]);
    expect(code).not.toContain("BEGIN:VCALENDAR");
    const { first } = await import(pathToFileURL(file).href);
    expect(first).toBe("Bitte geben Sie Ihren Namen an.");
  });

  it("a form validating in Arabic carries Arabic and its English fallback, nothing else", async () => {
    const imports = `import { ar } from ${JSON.stringify(`${src}i18n/ar.ts`)};\nregisterMessages(ar);`;
    const { code, file } = await bundle("arabic-form", formEntry(imports, "ar"));
    expect(languagesIn(code)).toEqual(["de", "en", "ar"]);
    const { first } = await import(pathToFileURL(file).href);
    expect(first).toBe("يرجى إدخال اسمك.");
  });

  it("defining a district in the browser adds no English either", async () => {
    const entry = `
import { alzeyWorms, formSchemasFor, parseWith } from ${JSON.stringify(`${src}index.ts`)};
const district = alzeyWorms();
export const first = parseWith(formSchemasFor(district).helpRequest, {}, "de").ok;`;
    const { code, file } = await bundle("district-form", entry);
    expect(languagesIn(code)).toEqual(["de"]);
    const { first } = await import(pathToFileURL(file).href);
    expect(first).toBe(false);
  });

  it("an unregistered language falls back to German rather than failing", async () => {
    const { file } = await bundle("unregistered", formEntry("", "en"));
    const { first } = await import(pathToFileURL(file).href);
    expect(first).toBe("Bitte geben Sie Ihren Namen an.");
  });

  it("the calendar entry carries no language of the forms", async () => {
    const entry = `export * from ${JSON.stringify(`${src}ics/index.ts`)};`;
    const { code } = await bundle("ics", entry, ["ics"]);
    expect(languagesIn(code).filter((l) => l !== "de" && l !== "en")).toEqual([]);
  });
});
