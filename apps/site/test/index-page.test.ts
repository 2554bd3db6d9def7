import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alzeyWorms } from "@integrationspaten/domain";
import { beforeAll, describe, expect, it } from "vitest";

const builtPage = fileURLToPath(new URL("../dist/index.html", import.meta.url));

/** Undoes the HTML escaping Astro applies to text, so labels compare as written. */
function decodeEntities(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) =>
      String.fromCodePoint(Number.parseInt(code, 16)),
    )
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

describe("the built home page (dist/index.html)", () => {
  let html = "";

  beforeAll(() => {
    if (!existsSync(builtPage)) {
      throw new Error(
        `${builtPage} is missing: run \`pnpm --filter @integrationspaten/site build\` first (turbo does this for \`pnpm test\`).`,
      );
    }
    html = decodeEntities(readFileSync(builtPage, "utf8"));
  });

  it("declares German as the page language", () => {
    expect(html).toMatch(/<html[^>]*\slang="de"/);
  });

  it("names the programme in the main heading and the district below it", () => {
    const heading = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.trim();
    expect(heading).toBe("Integrationspatinnen und -paten");
    expect(html).toContain(alzeyWorms().name);
  });

  it("lists every request category of the district by its German label", () => {
    const labels = alzeyWorms().categories.map((category) => category.label.de);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(html).toContain(`<li>${label}</li>`);
    }
  });

  it("ships no client JavaScript", () => {
    expect(html).not.toMatch(/<script/i);
  });
});
