import AxeBuilder from "@axe-core/playwright";
import { CERTIFICATE_CHECK } from "@integrationspaten/domain";
import type { Page, Request } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { siteEnvironment } from "../../src/config.ts";
import { hydrateIsland, WCAG_TAGS } from "../support/browser.ts";
import { startBrowser } from "../support/harness.ts";

/*
 * The certificate check in the browser. The forms worker is not running here (its tests
 * cover the endpoint): requests to its address are intercepted and answered as the
 * worker's README documents (200 with the JSON answer, 400, 429; an HTML page for the
 * plain form).
 */

const harness = startBrowser();
const endpoint = `${siteEnvironment.formsWorkerUrl}${CERTIFICATE_CHECK.endpoint}`;
const VALID = "AZW-2026-0007-Y";
let open: Page[] = [];

afterEach(async () => {
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

interface Answer {
  status?: number;
  body: unknown;
}

/** Answers the check endpoint; records every request. */
async function mockCheck(page: Page, answer: (url: URL) => Answer): Promise<Request[]> {
  const requests: Request[] = [];
  await page.route(`${endpoint}?*`, async (route, request) => {
    requests.push(request);
    const { status = 200, body } = answer(new URL(request.url()));
    await route.fulfill({
      status,
      headers: {
        "Access-Control-Allow-Origin": harness.origin,
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
      },
      body: JSON.stringify(body),
    });
  });
  return requests;
}

function validAnswer(url: URL): Answer {
  const name = url.searchParams.get("name");
  return {
    body: {
      result: "valid",
      number: VALID,
      issuedOn: "2026-03-17",
      validUntil: "2029-03-16",
      district: "Landkreis Alzey-Worms",
      ...(name?.toLowerCase() === "ana beispiel" ? { holder: "Ana Beispiel" } : {}),
    },
  };
}

async function checkPage(path: string, mock: (url: URL) => Answer = validAnswer) {
  const page = await harness.context.newPage();
  open.push(page);
  const requests = await mockCheck(page, mock);
  await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
  if (path.includes("?")) {
    // A link with a number brings the island at once, with no touch (mount-certificate-check).
    await page.waitForFunction(() => document.querySelector("form")?.noValidate === true);
  } else {
    await hydrateIsland(page);
  }
  return { page, requests };
}

const resultText = async (page: Page) => (await page.locator("#cc-result").textContent()) ?? "";

describe("the certificate check with JavaScript", () => {
  it("fills in the number from the printed address and checks it at once, without a name", async () => {
    const { page, requests } = await checkPage(
      `${CERTIFICATE_CHECK.pages.de}?${CERTIFICATE_CHECK.numberParameter}=${VALID.toLowerCase()}`,
    );
    await page.waitForSelector(".check-result");

    expect(await page.inputValue("#cc-number")).toBe(VALID.toLowerCase());
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url() ?? "");
    expect(url.searchParams.get("number")).toBe(VALID);
    expect(url.searchParams.has("name")).toBe(false);
    expect(requests[0]?.headers().accept).toBe("application/json");
    const text = await resultText(page);
    expect(text).toContain("Das Zertifikat ist gültig");
    expect(text).toContain("17. März 2026");
    expect(text).toContain("16. März 2029");
    expect(text).toContain("Landkreis Alzey-Worms");
    expect(text).toContain("zeigen wir nur, wenn Sie ihn eingeben");
    // Announced, not focused: the result is in a status region.
    expect(await page.getAttribute("#cc-result", "role")).toBe("status");
  });

  it("refuses a wrong check character itself, with the domain's message, and asks nobody", async () => {
    const { page, requests } = await checkPage(CERTIFICATE_CHECK.pages.de);
    await page.fill("#cc-number", "AZW-2026-0070-Y");
    await page.click("button[type=submit]");
    await page.waitForSelector("#cc-number-error");

    expect(await page.locator("#cc-number-error").textContent()).toBe(
      "Fehler: Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
    );
    expect(await page.getAttribute("#cc-number", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#cc-number", "aria-describedby")).toContain("cc-number-error");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cc-number");
    expect(requests).toHaveLength(0);
  });

  it("speaks English on the English page, the domain's messages included", async () => {
    const { page } = await checkPage(CERTIFICATE_CHECK.pages.en);
    await page.fill("#cc-number", "AZW 2026");
    await page.click("button[type=submit]");
    await page.waitForSelector("#cc-number-error");

    expect(await page.locator("#cc-number-error").textContent()).toBe(
      "Error: This certificate number does not have the form “AZW-2026-0001-X”.",
    );
  });

  it("confirms a matching name and shows it; says so when a name is not confirmed", async () => {
    const { page, requests } = await checkPage(CERTIFICATE_CHECK.pages.de);
    await page.fill("#cc-number", VALID);
    await page.fill("#cc-name", "  Ana Beispiel ");
    await page.click("button[type=submit]");
    await page.waitForSelector(".check-result");

    expect(new URL(requests[0]?.url() ?? "").searchParams.get("name")).toBe("Ana Beispiel");
    expect(await resultText(page)).toContain("Ana Beispiel");
    expect(await resultText(page)).toContain("Der eingegebene Name stimmt");

    await page.fill("#cc-name", "Someone Else");
    await page.click("button[type=submit]");
    await page.waitForFunction(() =>
      document.querySelector("#cc-result")?.textContent?.includes("nicht bestätigen"),
    );
    expect(await resultText(page)).not.toContain("Ana Beispiel");
  });

  it("shows expired, revoked and unknown as such, in words", async () => {
    const answers: Record<string, unknown> = {
      expired: {
        result: "expired",
        number: VALID,
        issuedOn: "2020-01-01",
        validUntil: "2023-01-01",
        district: "Landkreis Alzey-Worms",
      },
      revoked: {
        result: "revoked",
        number: VALID,
        issuedOn: "2026-03-17",
        revokedOn: "2026-06-01",
        district: "Landkreis Alzey-Worms",
      },
      unknown: { result: "unknown", number: VALID, district: "Landkreis Alzey-Worms" },
    };
    let current = "expired";
    const { page } = await checkPage(CERTIFICATE_CHECK.pages.de, () => ({
      body: answers[current],
    }));
    const headings: string[] = [];
    for (const result of ["expired", "revoked", "unknown"]) {
      current = result;
      await page.fill("#cc-number", VALID);
      await page.click("button[type=submit]");
      await page.waitForSelector(`.check-result[data-result="${result}"]`);
      headings.push((await page.locator(".check-result h2").textContent()) ?? "");
    }

    expect(headings).toEqual([
      "Das Zertifikat ist abgelaufen",
      "Das Zertifikat wurde widerrufen",
      "Kein Zertifikat mit dieser Nummer",
    ]);
    expect(await resultText(page)).not.toContain("Ausgestellt am");
  });

  it("says when too many checks were sent", async () => {
    const { page } = await checkPage(CERTIFICATE_CHECK.pages.de, () => ({
      status: 429,
      body: { error: { code: "too_many_checks", message: "…" } },
    }));
    await page.fill("#cc-number", VALID);
    await page.click("button[type=submit]");
    await page.waitForSelector(".server-message");

    expect(await resultText(page)).toContain("zu viele Prüfungen");
  });

  it("has no accessibility violations with a result shown", async () => {
    const { page } = await checkPage(
      `${CERTIFICATE_CHECK.pages.en}?${CERTIFICATE_CHECK.numberParameter}=${VALID}`,
    );
    await page.waitForSelector(".check-result");
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();

    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("the certificate check without JavaScript", () => {
  it("sends the form as a GET to the worker, which answers with a page", async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const sent: string[] = [];
      await page.route(`${endpoint}?*`, async (route, request) => {
        sent.push(request.url());
        await route.fulfill({
          status: 200,
          headers: { "Content-Type": "text/html; charset=utf-8" },
          body: '<!doctype html><html lang="en"><title>Result</title><h1>The certificate is valid</h1></html>',
        });
      });
      await page.goto(`${harness.origin}${CERTIFICATE_CHECK.pages.en}`, { waitUntil: "load" });
      await page.fill("#cc-number", VALID);
      await page.fill("#cc-name", "Ana Beispiel");
      await page.click("button[type=submit]");
      await page.waitForSelector("h1:text('The certificate is valid')");

      expect(sent).toHaveLength(1);
      const url = new URL(sent[0] ?? "");
      expect(Object.fromEntries(url.searchParams)).toEqual({
        locale: "en",
        number: VALID,
        name: "Ana Beispiel",
      });
    } finally {
      await context.close();
    }
  });
});
