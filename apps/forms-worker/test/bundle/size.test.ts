import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The size budget of the deployed Worker (README.md, "Bundle size"). Runs in Node (the
 * "bundle" project of vitest.config.ts): builds the Worker exactly as `wrangler deploy`
 * would, with `--dry-run` (no account, no network), and measures what would be uploaded.
 * Sizes are deterministic for a given source; nothing here measures time.
 */

/** 80 KiB of gzip, counted like wrangler's "Total Upload: … / gzip: … KiB" line. */
const GZIP_BUDGET_BYTES = 80 * 1024;

/**
 * zod locales the bundle may carry: English, which zod registers as its default on the
 * first schema. The per-field messages users read are the domain's own (German and the
 * other site languages), never zod's.
 */
const ALLOWED_ZOD_LOCALES = ["en"];

const packageDir = join(import.meta.dirname, "..", "..");
const wrangler = join(packageDir, "node_modules", ".bin", "wrangler");

interface Metafile {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }>;
}

let outdir: string;
let modules: { name: string; raw: number; gzip: number }[];
let bundledInputs: string[];

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "forms-worker-bundle-"));
  const metafile = join(outdir, "meta.json");
  await promisify(execFile)(
    wrangler,
    ["deploy", "--dry-run", "--outdir", join(outdir, "out"), "--metafile", metafile],
    {
      cwd: packageDir,
      env: {
        ...process.env,
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
        WRANGLER_SEND_METRICS: "false",
        WRANGLER_HIDE_BANNER: "true",
        CI: "true",
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const files = (await readdir(join(outdir, "out"))).filter((file) => /\.m?js$/.test(file));
  modules = await Promise.all(
    files.map(async (name) => {
      const bytes = await readFile(join(outdir, "out", name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes).length };
    }),
  );
  const meta = JSON.parse(await readFile(metafile, "utf8")) as Metafile;
  bundledInputs = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
});

afterAll(async () => {
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

describe("the deployed bundle", () => {
  it(`stays within ${GZIP_BUDGET_BYTES / 1024} KiB gzip`, () => {
    expect(modules.map((module) => module.name)).toContain("index.js");
    const raw = modules.reduce((sum, module) => sum + module.raw, 0);
    const gzip = modules.reduce((sum, module) => sum + module.gzip, 0);
    expect(gzip, `bundle is ${raw} bytes, ${gzip} bytes gzip`).toBeLessThanOrEqual(
      GZIP_BUDGET_BYTES,
    );
  });

  it("carries no zod locale but English", () => {
    const locales = bundledInputs
      .map((input) => /\/zod\/v4\/locales\/([^/]+)\.js$/.exec(input)?.[1])
      .filter((locale): locale is string => locale !== undefined);
    // `index` would be the namespace of every locale (zod's `z.locales`).
    expect(locales.filter((locale) => !ALLOWED_ZOD_LOCALES.includes(locale))).toEqual([]);
  });

  it("comes with a source map, so stack traces can be mapped to the sources", () => {
    expect(existsSync(join(outdir, "out", "index.js.map"))).toBe(true);
  });
});
