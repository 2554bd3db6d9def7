import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../src/browser.js";
import { submitForm } from "../src/site-forms.js";
import { queryLocalD1, REPO_ROOT } from "../src/stack.js";

/*
 * A help request's way through the programme, in Chromium as `pnpm start` runs it: sent
 * on the Arabic page of the public site → the coordinator of the Kreisverwaltung (where
 * requests go while the routing is not decided) sees it, matches and forwards → the
 * volunteer accepts through the link in the e-mail that local wrangler wrote to disk → the
 * coordinator sees the acceptance, records the appointment, closes it with an outcome →
 * the report counts it, and the volunteer's own calendar feed parses with ical.js and
 * holds the assignment.
 */

const siteOrigin = inject("siteOrigin");
const workspace = inject("workspaceOrigin");
const d1PersistTo = inject("d1PersistTo");

/** Demo people of apps/coordination/seeds/demo.sql. */
const KREIS = "Erika Musterfrau (Demo)";
const VOLUNTEER = "Nadia Musterfrau (Demo)";
const VOLUNTEER_ID = "demo-volunteer-nadia";

/** Where local wrangler writes the text of every e-mail the workspace sends. */
const MAIL_DIR = join(REPO_ROOT, "apps", "coordination", ".wrangler", "tmp", "email");

let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const requester = `Rania Testfrau ${crypto.randomUUID().slice(0, 6)}`;

async function open(
  viewport = { width: 1280, height: 900 },
  locale = "de-DE",
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale, javaScriptEnabled });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  return page;
}

/** WCAG 2.1 AA problems axe finds on a page. */
async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length})`);
}

/** The e-mail texts written since `since`, newest first. */
function mailsSince(since: number): string[] {
  const files: { path: string; at: number }[] = [];
  const walk = (dir: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (path.endsWith(".txt") && stat.mtimeMs >= since)
        files.push({ path, at: stat.mtimeMs });
    }
  };
  walk(MAIL_DIR);
  return files.sort((a, b) => b.at - a.at).map((f) => readFileSync(f.path, "utf8"));
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("a help request, forwarded and followed through", () => {
  it("goes from the Arabic page to a volunteer's acceptance, an outcome and the report", async () => {
    // 1. The request, on the Arabic page (without JavaScript, as on an old phone).
    const site = await open({ width: 390, height: 844 }, "ar", false);
    await site.goto(`${siteOrigin}/ar/request-help/`);
    const shownAt = Date.now();
    const form = site.locator('form[action$="/api/help-requests"]');
    await form.locator('[name="requesterRole"][value="self"]').check();
    await form.locator('[name="contactName"]').fill(requester);
    await form.locator('[name="contactEmail"]').fill("rania.testfrau@example.org");
    await form.locator('[name="category"][value="behoerden"]').check();
    await form.locator('[name="languages"][value="ar"]').check();
    await form.locator('[name="municipality"]').selectOption("alzey");
    await form.locator('[name="consent"]').check();
    await submitForm(site, siteOrigin, "/api/help-requests", shownAt, "/ar/request-help/thanks/");
    const [stored] = await queryLocalD1<{ id: string }>(
      d1PersistTo,
      `SELECT id FROM submissions WHERE kind = 'help_request' AND payload ->> '$.contactName' = '${requester}'`,
    );
    const caseId = stored?.id ?? "";
    expect(caseId).not.toBe("");

    // 2. The coordinator sees it in the inbox, with the requester's language.
    const page = await open();
    await page.goto(`${workspace}/anmelden?redirect=${encodeURIComponent("/anfragen")}`);
    await page.getByRole("button", { name: new RegExp(KREIS.replace(/[()]/g, "\\$&")) }).click();
    await page.waitForURL(`${workspace}/anfragen`);
    const row = page.locator("tr", { has: page.locator(`a[href$="/anfragen/${caseId}"]`) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Arabisch");

    // 3. Matching and forwarding, from the case page.
    await page.goto(`${workspace}/anfragen/${caseId}`);
    const candidate = page.locator("tr", { hasText: VOLUNTEER });
    await candidate.waitFor();
    expect(await candidate.textContent()).toContain("Spricht Arabisch");
    const forwardedAt = Date.now() - 1_000;
    await candidate.getByRole("button", { name: /Weitervermitteln/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Weitervermitteln", exact: true }).click();
    await page.getByText(`Angefragt ist ${VOLUNTEER}`, { exact: false }).first().waitFor();

    // 4. The volunteer's e-mail, as local wrangler wrote it: the facts and one link.
    let mail: string | undefined;
    for (let i = 0; i < 40 && !mail; i++) {
      mail = mailsSince(forwardedAt).find((m) => m.includes(VOLUNTEER) && m.includes("/v/"));
      if (!mail) await page.waitForTimeout(250);
    }
    expect(mail).toBeDefined();
    expect(mail).not.toContain(requester);
    expect(mail).toContain("Stadt Alzey");
    const link = /(https?:\/\/\S+\/v\/[A-Za-z0-9_-]+)/.exec(mail ?? "")?.[1] ?? "";

    // 5. The volunteer opens it on a phone and accepts; only now the contact shows.
    const phone = await open({ width: 390, height: 844 });
    const accessibility: string[] = [];
    await phone.goto(`${link}?lang=ar`);
    accessibility.push(...(await axeProblems(phone, "offer (ar)")));
    await phone.goto(link);
    accessibility.push(...(await axeProblems(phone, "offer (de)")));
    expect(await phone.content()).not.toContain(requester);
    await phone.getByRole("button", { name: "Ja, ich übernehme die Begleitung" }).click();
    await phone.getByRole("heading", { name: "Vielen Dank für Ihre Zusage!" }).waitFor();
    expect(await phone.content()).toContain(requester);
    accessibility.push(...(await axeProblems(phone, "accepted")));
    // The link is used up.
    await phone.goto(link);
    await phone.getByRole("heading", { name: "Sie haben schon geantwortet" }).waitFor();
    accessibility.push(...(await axeProblems(phone, "used")));
    expect(accessibility).toEqual([]);

    // 6. The coordinator sees the acceptance, records the appointment and closes the case.
    await page.reload();
    await page.getByText(`Übernommen hat ${VOLUNTEER}.`).waitFor();
    await page.getByLabel("Datum").fill("2026-12-15");
    await page.getByLabel("Beginn").fill("09:30");
    await page.getByLabel("Ende").fill("11:00");
    await page.getByLabel(/^Ort/).fill("Kreisverwaltung Alzey, Zimmer 12");
    await page.getByRole("button", { name: "Termin eintragen" }).click();
    await page.getByText(/Vereinbart:/).waitFor();
    await page.getByRole("radio", { name: "Hat stattgefunden" }).check();
    await page.getByRole("button", { name: "Anfrage abschließen" }).click();
    await page
      .getByText(/Die Anfrage ist abgeschlossen/)
      .first()
      .waitFor();

    // 7. The report counts it.
    const year = new Date().getUTCFullYear();
    const report = await (
      await page.request.get(`${workspace}/api/reports/cases?year=${year}`)
    ).json();
    expect(report.requests.byOutcome).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "took_place" })]),
    );
    expect(report.requests.byLanguage).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: "ar" })]),
    );

    // 8. The volunteer's own feed holds the assignment (no requester in it).
    const feed = await page.request.post(`${workspace}/api/volunteers/${VOLUNTEER_ID}/feed`, {
      headers: { origin: workspace },
    });
    const { url } = (await feed.json()) as { url: string };
    const ics = await (await fetch(url)).text();
    expect(ics).not.toContain(requester);
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e));
    const assignment = events.find((e) => e.location === "Kreisverwaltung Alzey, Zimmer 12");
    expect(assignment?.summary).toBe("Begleitung zu Behörden");
    expect(assignment?.startDate.toJSDate().toISOString()).toBe("2026-12-15T08:30:00.000Z");

    expect(problems).toEqual([]);
  });
});
