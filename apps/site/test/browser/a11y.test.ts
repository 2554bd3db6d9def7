import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { WCAG_TAGS } from "../support/browser.ts";
import { builtPages } from "../support/dist.ts";
import { startBrowser } from "../support/harness.ts";

const harness = startBrowser();

describe.concurrent("accessibility (axe-core, WCAG 2.1 AA)", () => {
  it.each(builtPages().map((p) => [p.path] as const))("%s has no violations", async (path) => {
    const page = await harness.context.newPage();
    try {
      await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
