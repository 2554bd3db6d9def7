import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../src/browser.js";
import { fillSignup, hydrateIsland, submitForm } from "../src/site-forms.js";
import { queryLocalD1 } from "../src/stack.js";

/*
 * The programme's loop through the coordinators' workspace in Chromium, as `pnpm start`
 * runs it (development sign-in, demo coordinators): a sign-up sent on the public site is
 * accepted by the coordinator of its point, attendance is recorded, the progress changes,
 * the certificate is issued, its PDF is parsed back, and its number is checked on the
 * public site. A coordinator of another point cannot open the volunteer. axe checks every
 * view at 1280 and 768 px.
 */

const siteOrigin = inject("siteOrigin");
const workspace = inject("workspaceOrigin");
const d1PersistTo = inject("d1PersistTo");

/** Demo coordinators of seeds/demo.sql; sign-ups are routed to the Kreisverwaltung. */
const KREIS = "Erika Musterfrau (Demo)";
const CAFE = "Max Mustermann (Demo)";
const ADMIN = "Dr. Hans Mustermann (Demo)";

let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const sessions: string[] = [];
let volunteerId = "";
let certificateNumber = "";
const name = `Aylin Testfrau ${crypto.randomUUID().slice(0, 6)}`;

async function open(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "de-DE" });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    // Answers the test asks for are not page errors: 401 while signed out (the app asks who
    // is signed in), 404 for another point's volunteer.
    if (message.type() === "error" && !/status of 40[14]/.test(message.text()))
      problems.push(message.text());
  });
  return page;
}

async function signIn(page: Page, who: string, then = "/"): Promise<void> {
  await page.goto(`${workspace}/anmelden?redirect=${encodeURIComponent(then)}`);
  await page.getByRole("button", { name: new RegExp(who.replace(/[()]/g, "\\$&")) }).click();
  await page.waitForURL(`${workspace}${then}`);
}

/** Saves marks through the API as the signed-in page would (same cookie, same origin). */
async function mark(page: Page, sessionId: string): Promise<void> {
  const response = await page.request.put(`${workspace}/api/sessions/${sessionId}/attendance`, {
    data: { records: [{ volunteerId, status: "present" }] },
    headers: { origin: workspace },
  });
  expect(response.status()).toBe(200);
}

async function progress(page: Page): Promise<number> {
  await page.goto(`${workspace}/ehrenamtliche/${volunteerId}`);
  // Intl writes the percent sign after a no-break space.
  const text = await page
    .getByText(/Fortschritt: \d+\s%/)
    .first()
    .textContent();
  return Number(/(\d+)\s%/.exec(text ?? "")?.[1]);
}

beforeAll(async () => {
  browser = await launchChromium();
  // Four expert talks and two workshops that took place (the district's policy asks for them).
  const plan = [
    ["expert_talk", "behoerden", "2026-10-06"],
    ["expert_talk", "antraege", "2026-10-13"],
    ["workshop", "rolle", "2026-10-20"],
    ["expert_talk", "schule", "2026-10-27"],
    ["expert_talk", "gesundheit", "2026-11-03"],
    ["workshop", "alltag", "2026-11-10"],
  ];
  const values = plan.map(([kind, module, date], i) => {
    const id = `e2e-session-${i}-${crypto.randomUUID().slice(0, 8)}`;
    sessions.push(id);
    return `('${id}', '${kind}', '${module}', 'E2E-Termin ${i + 1}', '${date}', '18:00', '20:00', 'Alzey', '${date}T10:00:00Z', '${date}T10:00:00Z')`;
  });
  await queryLocalD1(
    d1PersistTo,
    `INSERT INTO training_sessions (id, kind, module, title, date, start_time, end_time, location, created_at, updated_at) VALUES ${values.join(", ")}`,
  );
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("the coordinators' workspace", () => {
  it("takes a sign-up from the public site to a certificate checked on the public site", async () => {
    // 1. A volunteer signs up on the site (with JavaScript).
    const site = await open();
    await site.goto(`${siteOrigin}/mitmachen/`);
    await hydrateIsland(site);
    const shownAt = Date.now();
    await fillSignup(site, name, "aylin.testfrau@example.org");
    await submitForm(site, siteOrigin, "/api/signups", shownAt, "/mitmachen/danke/");

    // 2. The coordinator of the Kreisverwaltung signs in and accepts it.
    const page = await open();
    await signIn(page, KREIS, "/anmeldungen");
    await page.getByRole("link", { name }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(name) }).waitFor();
    await page.getByRole("button", { name: "Annehmen und Eintrag anlegen" }).click();
    await page.waitForURL(/\/ehrenamtliche\/[0-9a-f-]+$/);
    volunteerId = page.url().split("/").at(-1) ?? "";
    const before = await progress(page);
    expect(before).toBe(0);

    // 3. Attendance for three sessions, with the keyboard: focus the row, press A, save.
    for (const sessionId of sessions.slice(0, 3)) {
      await page.goto(`${workspace}/termine/${sessionId}/anwesenheit`);
      const row = page.getByRole("row", { name: new RegExp(name) });
      await row.getByRole("radio").first().focus();
      await page.keyboard.press("a");
      await expect.poll(() => row.getByRole("radio", { name: /anwesend/ }).isChecked()).toBe(true);
      await page.getByRole("button", { name: /Anwesenheit speichern/ }).click();
      await page
        .getByText(/gespeichert/i)
        .first()
        .waitFor();
      const stored = await queryLocalD1<{ status: string }>(
        d1PersistTo,
        `SELECT status FROM attendance WHERE session_id = '${sessionId}' AND volunteer_id = '${volunteerId}'`,
      );
      expect(stored).toEqual([{ status: "present" }]);
    }

    // 4. The progress changed.
    const after = await progress(page);
    expect(after).toBeGreaterThan(before);

    // 5. Every other session that took place (ours and the demo data's: the policy counts
    // the attendance rate over all of them), then the certificate.
    const past = await queryLocalD1<{ id: string }>(
      d1PersistTo,
      "SELECT id FROM training_sessions WHERE cancelled = 0 AND date <= date('now')",
    );
    for (const { id } of past) if (!sessions.slice(0, 3).includes(id)) await mark(page, id);
    await page.goto(`${workspace}/ehrenamtliche/${volunteerId}`);
    await page.getByRole("button", { name: "Zertifikat ausstellen" }).click();
    const issued = await page.getByText(/Das Zertifikat .+ wurde ausgestellt\./).textContent();
    certificateNumber = /([A-Z]{2,6}-\d{4}-\d{4,6}-[0-9A-Z])/.exec(issued ?? "")?.[1] ?? "";
    expect(certificateNumber).toMatch(/^AZW-\d{4}-\d{4}-[0-9A-Z]$/);

    // 6. The PDF, parsed back.
    const pdf = await page.request.get(`${workspace}/api/certificates/${certificateNumber}.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), {
      mergePages: true,
    });
    expect(text).toContain(name);
    expect(text).toContain(certificateNumber);
    expect(text).toContain(`zertifikat-pruefen/?nummer=${certificateNumber}`);

    // 7. Anyone checks the number on the public site; the name only when they type it.
    const check = await open({ width: 390, height: 844 });
    await check.goto(`${siteOrigin}/zertifikat-pruefen/?nummer=${certificateNumber}`);
    await check.getByRole("heading", { name: "Das Zertifikat ist gültig" }).waitFor();
    expect(await check.getByText(name).count()).toBe(0);
    await check.locator('form[action$="/api/certificates/check"] [name="name"]').fill(name);
    await check.locator('form[action$="/api/certificates/check"] [type="submit"]').click();
    await check.getByText(name).first().waitFor();

    // 8. A coordinator of the Café Asyl cannot open that volunteer.
    const other = await open();
    await signIn(other, CAFE);
    await other.goto(`${workspace}/ehrenamtliche/${volunteerId}`);
    await other
      .getByText(/gehört nicht zu Ihrer Koordinierungsstelle|gibt es nicht/)
      .first()
      .waitFor();
    expect(await other.getByText(name).count()).toBe(0);
    const direct = await other.request.get(`${workspace}/api/volunteers/${volunteerId}`);
    expect(direct.status()).toBe(404);
  });

  it("has no axe violations on any view, at 1280 and 768 px", async () => {
    const paths = [
      "/",
      "/anmeldungen",
      "/anmeldungen/demo-signup-1",
      "/ehrenamtliche",
      `/ehrenamtliche/${volunteerId}`,
      "/termine",
      "/termine/neu",
      `/termine/${sessions[0]}/bearbeiten`,
      `/termine/${sessions[0]}/anwesenheit`,
      "/zertifizierung",
      "/anfragen",
      "/anfragen/demo-request-1",
      "/bericht",
      "/koordinierende",
      "/koordinierende/neu",
      "/koordinierende/demo-kreis",
      "/protokoll",
    ];
    const found: string[] = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 768, height: 1024 },
    ]) {
      const signedOut = await open(viewport);
      await signedOut.goto(`${workspace}/anmelden`);
      await signedOut.getByRole("heading", { level: 1 }).waitFor();
      const signInResults = await new AxeBuilder({ page: signedOut })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      found.push(
        ...signInResults.violations.map(
          (v) => `${viewport.width} /anmelden: ${v.id} (${v.nodes.length})`,
        ),
      );

      const page = await open(viewport);
      await signIn(page, ADMIN);
      for (const path of paths) {
        await page.goto(`${workspace}${path}`);
        const shown = await page
          .getByRole("heading", { level: 1 })
          .waitFor({ timeout: 15_000 })
          .then(() => true)
          .catch(() => false);
        if (!shown) {
          found.push(
            `${viewport.width} ${path}: no heading shown (${(await page.textContent("body"))?.slice(0, 200)})`,
          );
          continue;
        }
        await page.waitForLoadState("networkidle");
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        found.push(
          ...results.violations.map(
            (v) => `${viewport.width} ${path}: ${v.id} (${v.nodes.length})`,
          ),
        );
        // Nothing wider than the window: usable without sideways scrolling of the page.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0)
          found.push(`${viewport.width} ${path}: page ${overflow}px wider than the window`);
      }
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
});
