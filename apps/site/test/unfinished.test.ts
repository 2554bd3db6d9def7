import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  findUnfinished,
  isProductionBuild,
  refusalMessage,
} from "../src/integrations/unfinished.ts";
import { childEnv } from "./support/child-env.ts";
import { DIST, requireBuild } from "./support/dist.ts";

/*
 * Nothing unfinished in public: placeholders, example dates and notes to the editors are
 * listed with their files on every build, read as a friendly "wird ergänzt" on the pages,
 * and stop a build for the public address until the district has dealt with them.
 */

const SITE_ROOT = new URL("../", import.meta.url);
const CEREMONY = "apps/site/src/content/dates/feierstunde-zertifikate.json";

describe("the list of unfinished things", () => {
  it("names each with its file: example dates, editor's notes, the routing decision, legal data, news", async () => {
    const items = await findUnfinished(SITE_ROOT);
    expect(items).toContainEqual(expect.objectContaining({ kind: "example", file: CEREMONY }));
    expect(items).toContainEqual(
      expect.objectContaining({ kind: "editor-note", file: CEREMONY, where: "editorNote" }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: "placeholder",
        file: "packages/domain/src/district/alzey-worms.ts",
        where: "district.routing.decision",
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        file: "apps/site/src/config.ts",
        where: "legal.publisher.representedBy",
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: "placeholder",
        file: "apps/site/src/content/news/zertifikate-verliehen.md",
        text: "Datum der Pressemitteilung zur Zertifikatsverleihung",
      }),
    );
  });

  it("explains the refusal in German first, then English, and lists every item", async () => {
    const items = await findUnfinished(SITE_ROOT);
    const [german, english, ...lines] = refusalMessage(items).split("\n");
    expect(german).toMatch(/^Die Website ist noch nicht fertig/);
    expect(german).toContain("SITE_PREVIEW=1");
    expect(english).toMatch(/^The site is not finished/);
    expect(lines).toHaveLength(items.length);
    expect(lines).toContainEqual(expect.stringContaining(`${CEREMONY} › editorNote: `));
  });
});

describe("a production build", () => {
  it("is one with SITE_URL, unless it opts in to being a preview", () => {
    expect(isProductionBuild({ SITE_URL: "https://integrationspaten.example" })).toBe(true);
    expect(isProductionBuild({ SITE_URL: "https://preview.example", SITE_PREVIEW: "1" })).toBe(
      false,
    );
    expect(isProductionBuild({ SITE_URL: " " })).toBe(false);
    expect(isProductionBuild({})).toBe(false);
  });

  it("refuses to finish while anything is unfinished, naming each file", () => {
    const astroPackage = createRequire(import.meta.url).resolve("astro/package.json");
    const outDir = mkdtempSync(join(tmpdir(), "site-production-"));
    try {
      const env = childEnv({ SITE_URL: "https://integrationspaten.example", SESSIONS_URL: "" }, [
        "SITE_PREVIEW",
      ]);
      const run = spawnSync(
        process.execPath,
        [join(dirname(astroPackage), "bin", "astro.mjs"), "build", "--outDir", outDir],
        { cwd: fileURLToPath(SITE_ROOT), env, encoding: "utf8", timeout: 120_000 },
      );
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      expect(output).toContain("Die Website ist noch nicht fertig");
      expect(output).toContain(`${CEREMONY} › example`);
      expect(output).toContain(
        "packages/domain/src/district/alzey-worms.ts › district.routing.decision",
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe("the built pages (a preview build)", () => {
  const read = (path: string) => {
    requireBuild();
    return readFileSync(join(DIST, path), "utf8");
  };

  it("never show an editor's note", () => {
    const note = JSON.parse(readFileSync(new URL(`../../${CEREMONY}`, SITE_ROOT), "utf8"))
      .editorNote as string;
    for (const path of ["termine/index.html", "en/dates/index.html", "ar/dates/index.html"]) {
      expect(read(path)).not.toContain(note.slice(0, 40));
      expect(read(path)).not.toContain("Bitte tragen Sie");
    }
  });

  it("say „wird ergänzt“ in the page's language where data is missing", () => {
    expect(read("impressum/index.html")).toContain(
      '<span class="placeholder" data-placeholder="Vertretungsberechtigte Person (Landrätin oder Landrat, Name)">wird ergänzt</span>',
    );
    expect(read("en/contact/index.html")).toContain(">to be added</span>");
    expect(read("ar/index.html")).toContain(">ستُضاف لاحقًا</span>");
    expect(read("uk/index.html")).toContain(">буде додано</span>");
  });
});
