import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/**
 * Launches Debian's chromium (CHROME_PATH, else /usr/bin/chromium) headless. Playwright's
 * own browser download does not work on these machines; the flags keep chromium from
 * reaching for the network on its own.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `No chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
