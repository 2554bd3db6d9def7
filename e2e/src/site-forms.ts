import type { Page } from "playwright-core";

/*
 * Filling the site's forms as a visitor does, shared by the tests. Fields are addressed by
 * their `name`, which is the contract between site and worker.
 */

/** The worker refuses forms sent faster than MIN_FILL_SECONDS (3) after they were shown. */
export const MIN_FILL_MS = 3_200;

export async function fillSignup(page: Page, name: string, email: string): Promise<void> {
  const form = page.locator('form[action$="/api/signups"]');
  await form.locator('[name="name"]').fill(name);
  await form.locator('[name="email"]').fill(email);
  await form.locator('[name="phone"]').fill("06731 123456");
  await form.locator('[name="municipality"]').selectOption("woerrstadt");
  await form.locator('[name="languages.0.language"]').selectOption("ar");
  await form.locator('[name="languages.0.level"]').selectOption("native");
  await form.locator('[name="languages.1.language"]').selectOption("de");
  await form.locator('[name="languages.1.level"]').selectOption("fluent");
  await form.locator('[name="categories"][value="arzt"]').check();
  await form.locator('[name="categories"][value="schule"]').check();
  await form.locator('[name="consent"]').check();
}

/** Sends the form once the minimum fill time is over and waits for the thank-you page. */
export async function submitForm(
  page: Page,
  siteOrigin: string,
  action: string,
  shownAt: number,
  thanks: string,
): Promise<void> {
  const wait = shownAt + MIN_FILL_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await Promise.all([
    page.waitForURL(`${siteOrigin}${thanks}`),
    page.locator(`form[action$="${action}"] [type="submit"]`).click(),
  ]);
}

/**
 * Brings the page's form island as a visitor's pointer does (the site's islands hydrate on
 * intent) and waits until it runs: it switches the browser's own validation off.
 */
export async function hydrateIsland(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.querySelector("form")?.noValidate === true) return true;
      document
        .querySelector("[data-island]")
        ?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true }));
      return false;
    },
    null,
    { polling: 250 },
  );
}
