import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { CERTIFICATE_CHECK, formatCertificateNumber } from "@integrationspaten/domain";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../src/index.js";
import { BASE, formFields, postForm, postJson, validHelpRequest, validSignup } from "./helpers.js";

const PERSONAL = {
  name: "Henrike Vertraulich",
  email: "henrike.vertraulich@example.org",
  phone: "+49 6731 4242421",
  text: "Ganz persönliche Geschichte",
  organisation: "Geheime Schule",
  ip: "203.0.113.77",
};
/** A certificate's number links it to its holder, so it is kept out of the logs too. */
const formattedNumber = formatCertificateNumber({ prefix: "AZW", year: 2026, sequence: 5151 });
const CERTIFICATE_NUMBER = formattedNumber.ok ? formattedNumber.value : "";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("logs", () => {
  it("carry no names, e-mail addresses, phone numbers, free text or IP addresses, only JSON lines", async () => {
    const lines: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }

    const signup = validSignup({
      name: PERSONAL.name,
      email: PERSONAL.email,
      phone: PERSONAL.phone,
      motivation: PERSONAL.text,
    });
    const help = validHelpRequest({
      contactName: PERSONAL.name,
      contactEmail: PERSONAL.email,
      contactPhone: PERSONAL.phone,
      organisation: PERSONAL.organisation,
      description: PERSONAL.text,
    });
    const options = { ip: PERSONAL.ip };

    // Accepted, replayed, invalid, spam, rate-limited, malformed.
    const created = await postJson("/api/signups", signup, {
      ...options,
      headers: { "idempotency-key": "k1" },
    });
    const { id } = (await created.json()) as { id: string };
    await postJson("/api/signups", signup, { ...options, headers: { "idempotency-key": "k1" } });
    await postForm("/api/help-requests", formFields(help), options);
    await postJson(
      "/api/help-requests",
      { ...help, contactEmail: `${PERSONAL.email}x@`, contactPhone: "" },
      options,
    );
    await postJson("/api/signups", { ...signup, website: PERSONAL.text }, options);
    await postJson("/api/signups", `{"name":"${PERSONAL.name}"`, options);
    for (let i = 0; i < 6; i++) await postJson("/api/signups", signup, options);

    // Requests to paths the intake worker does not serve (the coordinator API moved to the
    // workspace), and personal data in a query string and in an Authorization header.
    const fetchWorker = (path: string, init: RequestInit = {}) =>
      exports.default.fetch(`${BASE}${path}`, init);
    await fetchWorker("/api/admin/submissions");
    await fetchWorker(`/api/admin/submissions/${id}`, {
      headers: { authorization: `Bearer ${PERSONAL.email}` },
    });
    await fetchWorker(`/api/admin/submissions/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "closed", name: PERSONAL.name }),
    });
    await fetchWorker(`/api/admin/submissions.csv?name=${encodeURIComponent(PERSONAL.name)}`);
    await fetchWorker(`/api/health?email=${encodeURIComponent(PERSONAL.email)}`);

    // Certificate checks: found with the holder's name (matching and not), unknown, a
    // wrong check character, as JSON and as an HTML page, and past the rate limit.
    await env.DB.prepare(
      `INSERT INTO certificates (number, district_id, year, sequence, holder_name, issued_on,
         modules, issued_by, created_at)
       VALUES (?1, 'alzey-worms', 2026, 5151, ?2, '2026-03-17', '[]', 'test', ?3)`,
    )
      .bind(CERTIFICATE_NUMBER, PERSONAL.name, new Date().toISOString())
      .run();
    const checkPath = (number: string, name?: string) =>
      `${CERTIFICATE_CHECK.endpoint}?${new URLSearchParams({ number, ...(name ? { name } : {}) })}`;
    const checkHeaders = { "cf-connecting-ip": PERSONAL.ip };
    await fetchWorker(checkPath(CERTIFICATE_NUMBER, PERSONAL.name), { headers: checkHeaders });
    await fetchWorker(checkPath(CERTIFICATE_NUMBER, "Someone Else"), { headers: checkHeaders });
    await fetchWorker(checkPath(CERTIFICATE_NUMBER, PERSONAL.name), {
      headers: { ...checkHeaders, accept: "text/html" },
    });
    await fetchWorker(checkPath("AZW-2026-5152-Q", PERSONAL.name), { headers: checkHeaders });
    await fetchWorker(checkPath(`${CERTIFICATE_NUMBER.slice(0, -1)}0`, PERSONAL.name), {
      headers: checkHeaders,
    });
    for (let i = 0; i < 20; i++) {
      await fetchWorker(checkPath(CERTIFICATE_NUMBER, PERSONAL.name), { headers: checkHeaders });
    }

    // Notification (sent, then a failing destination) and the daily job.
    const batch = createMessageBatch("integrationspaten-notifications", [
      { id: "m", timestamp: new Date(), attempts: 1, body: { submissionId: id } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    await getQueueResult(batch, ctx);
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(), cron: "17 3 * * *" }),
      env,
      createExecutionContext(),
    );

    expect(lines.length).toBeGreaterThan(15);
    const all = lines.join("\n");
    for (const value of Object.values(PERSONAL)) expect(all).not.toContain(value);
    expect(all).not.toContain(CERTIFICATE_NUMBER);
    expect(all).not.toContain(CERTIFICATE_NUMBER.slice(0, -2));
    // The check's refusals are logged by their codes, its answers by their outcomes.
    expect(all).toContain('"code":"invalid_certificate_number"');
    expect(all).toContain('"code":"too_many_checks"');
    expect(all).toContain(
      '"event":"certificate.checked","outcome":"valid","reason":"name_matched"',
    );
    expect(all).not.toContain("Vertraulich");
    expect(all).not.toContain("4242421");
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry).toHaveProperty("event");
      expect(entry).toHaveProperty("level");
    }
    const events = new Set(lines.map((line) => (JSON.parse(line) as { event: string }).event));
    for (const event of [
      "submission.stored",
      "submission.replayed",
      "submission.discarded",
      "request.refused",
      "certificate.checked",
      "notification.batch",
      "daily.done",
    ]) {
      expect(events, event).toContain(event);
    }
  });
});
