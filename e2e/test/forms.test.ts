import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../src/browser.js";
import { fillSignup, hydrateIsland, submitForm } from "../src/site-forms.js";
import { queryLocalD1 } from "../src/stack.js";

/*
 * Debian's chromium fills the site's two forms — with JavaScript (the island posts JSON) and
 * without (the browser posts the plain form, the worker answers 303) — against the forms
 * worker under wrangler dev, then reads what was stored from the worker's local D1 (the
 * intake worker answers no request with stored data; coordinators use their workspace).
 * Fields are addressed by their `name`, which is the contract between site and worker.
 */

const siteOrigin = inject("siteOrigin");
const workerOrigin = inject("workerOrigin");
const d1PersistTo = inject("d1PersistTo");

interface Submission {
  id: string;
  kind: string;
  status: string;
  coordinationPoint: string;
  locale: string | null;
  payload: Record<string, unknown>;
  notifiedAt: string | null;
  notifyOutcome: string | null;
}

let browser: Browser;
const contexts: BrowserContext[] = [];
/** Console errors and CSP violations of every page, checked at the end. */
const pageProblems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function openPage(path: string, javaScript: boolean, locale = "de-DE"): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on("console", (message) => {
    // The 422 of the invalid-input test is an answer the test asks for, not a page error.
    if (message.type() === "error" && !/status of 422/.test(message.text())) {
      pageProblems.push(`${path}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => pageProblems.push(`${path}: ${error.message}`));
  const response = await page.goto(`${siteOrigin}${path}`);
  expect(response?.status(), path).toBe(200);
  if (javaScript) {
    await hydrateIsland(page);
  }
  return page;
}

/** A unique name, so each test finds its own submission again. */
function uniqueName(prefix: string): string {
  const name = `${prefix} ${crypto.randomUUID().slice(0, 8)}`;
  namesUsed.add(name);
  return name;
}

/**
 * The names this file sent. The local D1 is shared with the workspace's tests and demo
 * data, so counts are taken over this file's own submissions.
 */
const namesUsed = new Set<string>();

function sentByThisFile(submission: Submission): boolean {
  const { name, contactName } = submission.payload;
  return namesUsed.has(String(name ?? contactName ?? ""));
}

/** Every stored submission, newest first, as the rows in D1 hold it. */
async function listSubmissions(): Promise<Submission[]> {
  const rows = await queryLocalD1<Omit<Submission, "payload"> & { payload: string }>(
    d1PersistTo,
    `SELECT id, kind, status, coordination_point AS coordinationPoint, locale, payload,
            notified_at AS notifiedAt, notify_outcome AS notifyOutcome
       FROM submissions ORDER BY created_at DESC, id DESC`,
  );
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
}

async function storedWith(field: string, value: string): Promise<Submission[]> {
  return (await listSubmissions()).filter((s) => s.payload[field] === value);
}

async function fillHelpRequest(page: Page, name: string): Promise<void> {
  const form = page.locator('form[action$="/api/help-requests"]');
  await form.locator('[name="requesterRole"][value="self"]').check();
  await form.locator('[name="contactName"]').fill(name);
  await form.locator('[name="contactPhone"]').fill("+49 6731 654321");
  await form.locator('[name="category"][value="arzt"]').check();
  await form.locator('[name="languages"][value="ar"]').check();
  await form.locator('[name="languages"][value="prs"]').check();
  await form.locator('[name="municipality"]').selectOption("alzey");
  await form.locator('[name="weekdays"][value="2"]').check();
  await form.locator('[name="timesOfDay"][value="morning"]').check();
  await form.locator('[name="consent"]').check();
}

function submit(page: Page, action: string, shownAt: number, thanks: string): Promise<void> {
  return submitForm(page, siteOrigin, action, shownAt, thanks);
}

describe("volunteer sign-up", () => {
  it("with JavaScript: the island posts JSON and the site shows the thank-you page", async () => {
    const name = uniqueName("Ana JS");
    const page = await openPage("/mitmachen/", true);
    const shownAt = Date.now();
    await fillSignup(page, name, "ana.js@example.org");
    await submit(page, "/api/signups", shownAt, "/mitmachen/danke/");

    const stored = await storedWith("name", name);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: "volunteer_signup",
      status: "new",
      coordinationPoint: "kreisverwaltung",
      locale: "de",
      payload: {
        name,
        email: "ana.js@example.org",
        phone: "06731 123456",
        municipality: "woerrstadt",
        languages: [
          { language: "ar", level: "native" },
          { language: "de", level: "fluent" },
        ],
        // In the order of the checkboxes on the page.
        categories: ["schule", "arzt"],
        consent: true,
      },
    });
  });

  it("without JavaScript: the browser posts the form and the worker redirects to the English thank-you page", async () => {
    const name = uniqueName("Ana NoJS");
    const page = await openPage("/en/volunteer/", false, "en-GB");
    await fillSignup(page, name, "ana.nojs@example.org");
    // The plain form carries its build time as formStartedAt: old enough, no waiting.
    await submit(page, "/api/signups", 0, "/en/volunteer/thanks/");

    const stored = await storedWith("name", name);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: "volunteer_signup", locale: "en" });
    expect(stored[0]?.payload.categories).toEqual(["schule", "arzt"]);
  });

  it("without JavaScript: invalid input gets the worker's HTML page with the problems and a link back", async () => {
    const name = uniqueName("Ana Invalid");
    const page = await openPage("/mitmachen/", false);
    // The browser accepts "name@localhost" for type=email; the domain schema does not.
    await fillSignup(page, name, "ana@localhost");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/signups")),
      page.locator('form[action$="/api/signups"] [type="submit"]').click(),
    ]);

    expect(response.status()).toBe(422);
    await expect(page.locator("h1").textContent()).resolves.toBe("Bitte prüfen Sie Ihre Angaben");
    await expect(page.locator("main li").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^E-Mail-Adresse: /),
    ]);
    await Promise.all([
      page.waitForURL(`${siteOrigin}/mitmachen/`),
      page.getByRole("link", { name: "Zurück zum Formular" }).click(),
    ]);
    expect(await storedWith("name", name)).toHaveLength(0);
  });
});

describe("help request", () => {
  it("with JavaScript: the island posts JSON and the site shows the thank-you page", async () => {
    const name = uniqueName("Omar JS");
    const page = await openPage("/hilfe-anfragen/", true);
    const shownAt = Date.now();
    await fillHelpRequest(page, name);
    await submit(page, "/api/help-requests", shownAt, "/hilfe-anfragen/danke/");

    const stored = await storedWith("contactName", name);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: "help_request",
      status: "new",
      coordinationPoint: "kreisverwaltung",
      locale: "de",
      payload: {
        requesterRole: "self",
        contactName: name,
        contactPhone: "+49 6731 654321",
        category: "arzt",
        languages: ["ar", "prs"],
        municipality: "alzey",
        weekdays: [2],
        timesOfDay: ["morning"],
        consent: true,
      },
    });
  });

  it("without JavaScript in Arabic: redirected to the Arabic thank-you page", async () => {
    const name = uniqueName("Omar NoJS");
    const page = await openPage("/ar/request-help/", false, "ar");
    await fillHelpRequest(page, name);
    await submit(page, "/api/help-requests", 0, "/ar/request-help/thanks/");

    const stored = await storedWith("contactName", name);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kind: "help_request", locale: "ar" });
  });
});

describe("after the forms", () => {
  it("notified the coordination point of every stored submission (queue → send_email)", async () => {
    const deadline = Date.now() + 30_000;
    let pending: Submission[] = [];
    do {
      pending = (await listSubmissions()).filter((s) => sentByThisFile(s) && s.notifiedAt === null);
      if (pending.length === 0) break;
      await new Promise((done) => setTimeout(done, 500));
    } while (Date.now() < deadline);

    expect(pending).toEqual([]);
    const all = (await listSubmissions()).filter(sentByThisFile);
    expect(all).toHaveLength(4);
    expect(all.every((s) => s.notifyOutcome === "sent")).toBe(true);
  });

  it("left the worker answering no request with stored data (the coordinator API moved)", async () => {
    const [first] = await listSubmissions();
    for (const path of ["/api/admin/submissions", `/api/admin/submissions/${first?.id}`]) {
      const response = await fetch(`${workerOrigin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("payload");
    }
  });

  it("saw no script errors and no Content-Security-Policy violations in any page", () => {
    expect(pageProblems).toEqual([]);
  });
});
