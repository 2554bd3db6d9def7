import { type Browser, chromium, type Page } from "playwright-core";

/** Flags that keep Debian's chromium from reaching out to the (closed) network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** WCAG 2.1 A and AA, as BITV 2.0 requires. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Brings the page's island as a visitor would, by pointing at it (islands hydrate on
 * intent, see src/islands/hydrate-on-intent.ts), and waits until it runs: it switches the
 * browser's own validation off. A synthetic `pointerover` moves neither focus nor scroll;
 * it is sent again while waiting, as the dev server may reload the page once it has
 * optimised the island's dependencies.
 */
export async function hydrateIsland(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.querySelector("form")?.noValidate === true) return true;
      document
        .querySelector("[data-island]")
        ?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
      return false;
    },
    null,
    { polling: 250, ...(timeout === undefined ? {} : { timeout }) },
  );
}
