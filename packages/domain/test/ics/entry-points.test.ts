import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * The `ics` package cannot be loaded inside workerd, so the root entry (used by the forms
 * worker) must never reach it: only `src/ics`, behind the `./ics` subpath export, may.
 * Checked on the sources, so it needs no build.
 */

const src = join(dirname(fileURLToPath(import.meta.url)), "../../src");
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

function specifiersOf(file: string): string[] {
  // Type-only imports vanish from the compiled module, but are harmless either way.
  return [...readFileSync(file, "utf8").matchAll(SPECIFIERS)].map((m) => m[1] ?? "");
}

/** Every source file the module graph of `entry` reaches, and the packages it imports. */
function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith("."))
        visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("entry points", () => {
  it("keeps the ics package out of the root entry's module graph", () => {
    const { files, packages } = moduleGraph(join(src, "index.ts"));
    expect(files.size).toBeGreaterThan(20); // the walk did find the graph
    expect(packages).not.toContain("ics");
    expect([...files].map((f) => relative(src, f)).filter((f) => f.startsWith("ics"))).toEqual([]);
  });

  it("imports the ics package only under src/ics", () => {
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => specifiersOf(join(src, f)).includes("ics"));
    expect(importers.map((f) => f.replaceAll("\\", "/"))).toEqual(["ics/calendar.ts"]);
  });

  it("reaches the ics package from the ./ics entry", () => {
    expect(moduleGraph(join(src, "ics/index.ts")).packages).toContain("ics");
  });

  it("maps ./ics to its own built files in package.json", () => {
    const pkg = JSON.parse(readFileSync(join(src, "../package.json"), "utf8"));
    expect(pkg.exports["./ics"]).toEqual({
      types: "./dist/ics/index.d.ts",
      default: "./dist/ics/index.js",
    });
    expect(pkg.exports["."].default).toBe("./dist/index.js");
  });
});
