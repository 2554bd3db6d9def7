import AxeBuilder from "@axe-core/playwright";
import {
  decodeFormFields,
  formSchemasFor,
  parseWith,
  SUBMISSION_ENDPOINTS,
} from "@integrationspaten/domain";
import type { Page, Request, Route } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { district, siteEnvironment } from "../../src/config.ts";
import { UI_STRINGS } from "../../src/i18n/translate.ts";
import { hydrateIsland, WCAG_TAGS } from "../support/browser.ts";
import { startBrowser } from "../support/harness.ts";

/*
 * The forms by keyboard alone. The forms worker is not running here (its end-to-end test
 * belongs to the worker): requests to its address are intercepted and answered like the
 * documented contract (201, 422 with per-field issues, 429, 503, network failure, and 303
 * for the plain HTML post).
 */

const harness = startBrowser();
const worker = siteEnvironment.formsWorkerUrl;
const schemas = formSchemasFor(district);
/** A text of the German pages (the domain's messages are spelled out where they are tested). */
function de(key: string): string {
  const text = UI_STRINGS.de[key];
  if (text === undefined) throw new Error(`No UI string "${key}" in de.json`);
  return text;
}
let open: Page[] = [];

afterEach(async () => {
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

async function formPage(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  open.push(page);
  await page.goto(`${harness.origin}${path}`, { waitUntil: "load" });
  await hydrateIsland(page);
  return page;
}

/** Presses Tab until the element matching `selector` has focus; fails if it cannot be reached. */
async function tabTo(page: Page, selector: string, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} cannot be reached with the Tab key`);
}

async function activeElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id ?? "", className: el?.className ?? "", tag: el?.tagName ?? "" };
  });
}

const CORS = (origin: string) => ({
  "Access-Control-Allow-Origin": origin,
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept-Language, Idempotency-Key",
  Vary: "Origin",
});

/** Answers the worker endpoint; preflights get a CORS 204, posts go to `answer`. */
async function mockWorker(
  page: Page,
  endpoint: string,
  answer: (request: Request, route: Route) => Promise<void>,
): Promise<Request[]> {
  const posts: Request[] = [];
  await page.unroute(`${worker}${endpoint}`);
  await page.route(`${worker}${endpoint}`, async (route, request) => {
    if (request.method() === "OPTIONS") {
      await route.fulfill({ status: 204, headers: CORS(harness.origin) });
      return;
    }
    posts.push(request);
    await answer(request, route);
  });
  return posts;
}

const created = (route: Route) =>
  route.fulfill({
    status: 201,
    headers: { ...CORS(harness.origin), "Content-Type": "application/json" },
    body: JSON.stringify({ id: "sub_test", status: "received" }),
  });

/** Fills the help request form; `ar` is ticked unless the page ticked it already. */
async function fillHelpRequestByKeyboard(page: Page): Promise<void> {
  await tabTo(page, "#hr-requesterRole-0");
  await page.keyboard.press("Space");
  await tabTo(page, "#hr-contactName");
  await page.keyboard.type("Erika Mustermann");
  await tabTo(page, "#hr-contactEmail");
  await page.keyboard.type("erika@example.org");
  await tabTo(page, "#hr-category-0");
  await page.keyboard.press("Space");
  await tabTo(page, "#hr-languages-1");
  if (!(await page.isChecked("#hr-languages-1"))) await page.keyboard.press("Space");
  await tabTo(page, "#hr-municipality");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#hr-consent");
  await page.keyboard.press("Space");
}

describe("the help request form, by keyboard alone", () => {
  it("shows an error summary that receives focus, links to the fields and marks them invalid", async () => {
    const page = await formPage("/hilfe-anfragen/");
    await tabTo(page, "#hr button[type=submit], form button[type=submit]");
    await page.keyboard.press("Enter");

    await page.waitForSelector(".error-summary");
    expect((await activeElement(page)).className).toContain("error-summary");
    const items = await page.$$eval(".error-summary li a", (links) =>
      links.map((a) => ({ text: a.textContent ?? "", href: a.getAttribute("href") ?? "" })),
    );
    expect(items.map((i) => i.text)).toEqual([
      "Bitte geben Sie an, ob Sie für sich selbst oder für eine andere Person anfragen.",
      "Bitte geben Sie Ihren Namen an.",
      "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir antworten können.",
      "Bitte wählen Sie, welche Hilfe Sie brauchen.",
      "Bitte geben Sie mindestens eine Sprache an.",
      "Bitte wählen Sie einen Ort aus der Liste.",
      "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.",
    ]);
    for (const item of items) expect(await page.locator(item.href).count(), item.href).toBe(1);

    // The name field says it is invalid and why.
    const name = page.locator("#hr-contactName");
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await name.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).toContain("hr-contactName-error");
    expect(await page.locator("#hr-contactName-error").textContent()).toBe(
      "Fehler: Bitte geben Sie Ihren Namen an.",
    );

    // Following a link in the summary moves focus to its field.
    const nameLink = page.locator('.error-summary a[href="#hr-contactName"]');
    await tabTo(page, '.error-summary a[href="#hr-contactName"]');
    expect(await nameLink.count()).toBe(1);
    await page.keyboard.press("Enter");
    expect((await activeElement(page)).id).toBe("hr-contactName");

    // The error state is accessible too.
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`),
    ).toEqual([]);
  });

  it("asks for an e-mail address or a phone number when only that is missing", async () => {
    const page = await formPage("/hilfe-anfragen/");
    await fillHelpRequestByKeyboard(page);
    await tabTo(page, "#hr-contactEmail");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    const links = await page.$$eval(".error-summary li a", (all) =>
      all.map((a) => [a.getAttribute("href"), a.textContent]),
    );
    expect(links).toEqual([
      [
        "#hr-contactEmail",
        "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir antworten können.",
      ],
    ]);
    const describedBy =
      (await page.locator("#hr-contactEmail").getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toEqual(["hr-contact-hint", "hr-contactEmail-error"]);
  });

  it("posts JSON to the worker once corrected, and lands on the thank-you page", async () => {
    const page = await formPage("/hilfe-anfragen/");
    const posts = await mockWorker(page, SUBMISSION_ENDPOINTS.help_request, (_req, route) =>
      created(route),
    );
    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");

    await fillHelpRequestByKeyboard(page);
    await tabTo(page, "form button[type=submit]");
    await Promise.all([
      page.waitForURL(`${harness.origin}/hilfe-anfragen/danke/`),
      page.keyboard.press("Enter"),
    ]);

    expect(posts).toHaveLength(1);
    const request = posts[0] as Request;
    const headers = request.headers();
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["accept-language"]).toBe("de");
    expect(headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    const body = request.postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({
      requesterRole: "self",
      contactName: "Erika Mustermann",
      contactEmail: "erika@example.org",
      category: district.categories[0]?.id,
      municipality: district.municipalities[0]?.id,
      consent: true,
      website: "",
      locale: "de",
      idempotencyKey: headers["idempotency-key"],
    });
    expect(body.languages).toEqual([district.languagesOffered[1]]);
    expect(body.formStartedAt).toBeGreaterThan(Date.now() - 60_000);
    // What the island sends, the worker's schema accepts.
    expect(parseWith(schemas.helpRequest, body, "de").ok).toBe(true);
  });

  it("keeps everything typed and explains the problem when the worker refuses or fails", async () => {
    const page = await formPage("/hilfe-anfragen/");
    await fillHelpRequestByKeyboard(page);

    const answers: ((route: Route) => Promise<void>)[] = [
      (route) =>
        route.fulfill({
          status: 422,
          headers: { ...CORS(harness.origin), "Content-Type": "application/json" },
          body: JSON.stringify({
            error: {
              code: "validation_failed",
              message: "Die Angaben sind unvollständig.",
              issues: [{ field: "contactEmail", message: "Diese Adresse nimmt keine Post an." }],
            },
          }),
        }),
      (route) => route.fulfill({ status: 429, headers: CORS(harness.origin), body: "" }),
      (route) => route.fulfill({ status: 503, headers: CORS(harness.origin), body: "" }),
      (route) => route.abort("connectionrefused"),
    ];
    let next = 0;
    await mockWorker(page, SUBMISSION_ENDPOINTS.help_request, async (_req, route) => {
      await (answers[next++] as (route: Route) => Promise<void>)(route);
    });

    // 422: the worker's message appears at the field and in the summary, which has focus.
    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    expect((await activeElement(page)).className).toContain("error-summary");
    expect(await page.locator(".error-summary").textContent()).toContain(
      "Diese Adresse nimmt keine Post an.",
    );
    expect(await page.locator("#hr-contactEmail").getAttribute("aria-invalid")).toBe("true");

    // 429, 503 and a failed connection: a clear message with focus, nothing typed is lost.
    for (const expected of [
      de("form.server.rateLimited"),
      de("form.server.unavailable"),
      de("form.server.network"),
    ]) {
      await tabTo(page, "form button[type=submit]");
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (text) => document.querySelector(".server-message")?.textContent?.includes(text) ?? false,
        expected,
      );
      expect((await activeElement(page)).className).toContain("server-message");
      expect(await page.locator(".server-message").textContent()).toContain(
        de("form.server.keepData"),
      );
      expect(await page.inputValue("#hr-contactName")).toBe("Erika Mustermann");
      expect(await page.isChecked("#hr-consent")).toBe(true);
    }
    expect(page.url()).toBe(`${harness.origin}/hilfe-anfragen/`);
  });

  it("speaks Arabic on the Arabic page: summary, messages and field errors", async () => {
    const page = await formPage("/ar/request-help/");
    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    expect((await activeElement(page)).className).toContain("error-summary");
    expect(await page.locator(".error-summary h2").textContent()).toBe("يرجى التحقق من بياناتك");
    const messages = await page.$$eval(".error-summary li a", (links) =>
      links.map((a) => a.textContent),
    );
    expect(messages).toEqual([
      "يرجى تحديد ما إذا كنت تطلب المساعدة لنفسك أو لشخص آخر.",
      "يرجى إدخال اسمك.",
      "يرجى إدخال عنوان بريد إلكتروني أو رقم هاتف حتى نتمكن من الرد عليك.",
      "يرجى اختيار نوع المساعدة التي تحتاجها.",
      "يرجى اختيار مكان من القائمة.",
      "يرجى تأكيد أنك قرأت معلومات حماية البيانات.",
    ]);
    expect(await page.locator("#hr-contactName-error").textContent()).toBe("خطأ: يرجى إدخال اسمك.");
    // The page's own language is ticked in advance, so no language error.
    expect(messages).not.toContain("يرجى اختيار لغة واحدة على الأقل.");

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`),
    ).toEqual([]);

    const posts = await mockWorker(page, SUBMISSION_ENDPOINTS.help_request, (_req, route) =>
      created(route),
    );
    await fillHelpRequestByKeyboard(page);
    await tabTo(page, "form button[type=submit]");
    await Promise.all([
      page.waitForURL(`${harness.origin}/ar/request-help/thanks/`),
      page.keyboard.press("Enter"),
    ]);
    expect(posts[0]?.headers()["accept-language"]).toBe("ar");
    const body = posts[0]?.postDataJSON() as { locale: string; languages: string[] };
    expect(body.locale).toBe("ar");
    expect(body.languages).toEqual(["ar"]);
  });
});

describe("the volunteer sign-up form, by keyboard alone", () => {
  it("reports a missing level on the right language row, then signs up", async () => {
    const page = await formPage("/mitmachen/");
    const posts = await mockWorker(page, SUBMISSION_ENDPOINTS.volunteer_signup, (_req, route) =>
      created(route),
    );

    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".error-summary");
    expect((await activeElement(page)).className).toContain("error-summary");
    expect(await page.locator(".error-summary").textContent()).toContain(
      "Bitte wählen Sie mindestens einen Bereich, in dem Sie helfen möchten.",
    );

    await tabTo(page, "#vs-name");
    await page.keyboard.type("Erika Mustermann");
    await tabTo(page, "#vs-email");
    await page.keyboard.type("erika@example.org");
    await tabTo(page, "#vs-municipality");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#vs-languages-0-language");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#vs-languages-0-level");
    await page.keyboard.press("ArrowDown");
    // Second row: a language without a level.
    await tabTo(page, "#vs-languages-1-language");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "#vs-categories-0");
    await page.keyboard.press("Space");
    await tabTo(page, "#vs-consent");
    await page.keyboard.press("Space");
    await tabTo(page, "form button[type=submit]");
    await page.keyboard.press("Enter");

    await page.waitForFunction(() => document.querySelectorAll(".error-summary li").length === 1);
    const link = page.locator(".error-summary li a");
    expect(await link.getAttribute("href")).toBe("#vs-languages-1-level");
    expect(await link.textContent()).toBe("Bitte wählen Sie, wie gut Sie die Sprache sprechen.");
    expect(await page.locator("#vs-languages-1-level").getAttribute("aria-invalid")).toBe("true");
    expect(posts).toHaveLength(0);

    await tabTo(page, '.error-summary a[href="#vs-languages-1-level"]');
    await page.keyboard.press("Enter");
    expect((await activeElement(page)).id).toBe("vs-languages-1-level");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "form button[type=submit]");
    await Promise.all([
      page.waitForURL(`${harness.origin}/mitmachen/danke/`),
      page.keyboard.press("Enter"),
    ]);

    const body = posts[0]?.postDataJSON() as Record<string, unknown>;
    expect(body.languages).toEqual([
      { language: district.languagesOffered[0], level: "native" },
      { language: district.languagesOffered[1], level: "fluent" },
    ]);
    expect(body.categories).toEqual([district.categories[0]?.id]);
    expect(parseWith(schemas.volunteerSignup, body, "de").ok).toBe(true);
  });
});

describe("the forms without JavaScript", () => {
  it.each([
    [
      "/hilfe-anfragen/",
      SUBMISSION_ENDPOINTS.help_request,
      "help_request",
      "/hilfe-anfragen/danke/",
    ],
    [
      "/en/volunteer/",
      SUBMISSION_ENDPOINTS.volunteer_signup,
      "volunteer_signup",
      "/en/volunteer/thanks/",
    ],
  ] as const)(
    "%s posts the url-encoded contract and follows the worker's 303",
    async (path, endpoint, kind, thanks) => {
      const context = await harness.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        let posted = "";
        await page.route(`${worker}${endpoint}`, async (route, request) => {
          posted = request.postData() ?? "";
          await route.fulfill({ status: 303, headers: { Location: `${harness.origin}${thanks}` } });
        });
        await page.goto(`${harness.origin}${path}`);
        if (kind === "help_request") {
          await page.check("#hr-requesterRole-1");
          await page.fill("#hr-contactName", "Erika Mustermann");
          await page.fill("#hr-contactPhone", "+49 6731 000000");
          await page.fill("#hr-organisation", "Grundschule");
          await page.check("#hr-category-2");
          await page.check("#hr-languages-1");
          await page.check("#hr-languages-3");
          await page.selectOption("#hr-municipality", district.municipalities[2]?.id ?? "");
          await page.check("#hr-weekdays-1");
          await page.check("#hr-timesOfDay-0");
          await page.check("#hr-consent");
        } else {
          await page.fill("#vs-name", "Erika Mustermann");
          await page.fill("#vs-email", "erika@example.org");
          await page.selectOption("#vs-municipality", district.municipalities[0]?.id ?? "");
          await page.selectOption("#vs-languages-0-language", "ar");
          await page.selectOption("#vs-languages-0-level", "native");
          await page.check("#vs-categories-1");
          await page.check("#vs-consent");
        }
        await Promise.all([
          page.waitForURL(`${harness.origin}${thanks}`),
          page.click("form button[type=submit]"),
        ]);

        const { payload, meta } = decodeFormFields(kind, new URLSearchParams(posted));
        const schema = kind === "help_request" ? schemas.helpRequest : schemas.volunteerSignup;
        const result = parseWith(schema, payload, "de");
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(meta.honeypot).toBe("");
        expect(meta.locale).toBe(path.startsWith("/en/") ? "en" : "de");
        expect(meta.startedAt).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
  );
});
