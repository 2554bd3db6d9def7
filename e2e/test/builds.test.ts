import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/stack.js";

/*
 * Demo data is for local development only: the workspace's seeds are SQL that only its dev
 * script loads. This checks the built Worker and app (what a deploy uploads) for it.
 */

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("the workspace's production build", () => {
  it("carries none of the demo people or their addresses", () => {
    const dist = join(REPO_ROOT, "apps", "coordination", "dist");
    const texts = files(dist)
      .filter((path) => /\.(js|mjs|html|css|json|txt)$/.test(path))
      .map((path) => ({ path, text: readFileSync(path, "utf8") }));
    expect(texts.length).toBeGreaterThan(0);
    const seed = readFileSync(join(REPO_ROOT, "apps", "coordination", "seeds", "demo.sql"), "utf8");
    const demoAddresses = [...seed.matchAll(/'([a-z.-]+@[a-z.-]+\.example)'/g)].map(
      (m) => m[1] ?? "",
    );
    expect(demoAddresses.length).toBeGreaterThan(3);
    for (const { path, text } of texts) {
      for (const marker of ["(Demo)", "demo-signup", ...demoAddresses]) {
        expect({ path, found: text.includes(marker) }).toEqual({ path, found: false });
      }
    }
  });
});
