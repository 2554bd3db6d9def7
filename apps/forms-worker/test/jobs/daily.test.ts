import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import {
  findSubmissionIdByKey,
  getSubmission,
  type NewSubmission,
  storeSubmission,
  updateSubmissionStatus,
} from "@integrationspaten/database/submissions";
import { alzeyWorms } from "@integrationspaten/domain";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index.js";
import { runDailyJobs } from "../../src/jobs/daily.js";
import { claimNotification, markNotified } from "../../src/storage/notifications.js";

const DAY = 24 * 3600 * 1000;
// A "today" far in the past, so rows other tests create now are never past a period.
const TODAY = new Date("2003-06-15T03:17:00.000Z");
const daysAgo = (days: number) => new Date(TODAY.getTime() - days * DAY);

async function store(kind: NewSubmission["kind"], created: Date): Promise<NewSubmission> {
  const submission: NewSubmission = {
    id: crypto.randomUUID(),
    kind,
    payload: {},
    coordinationPoint: "kreisverwaltung",
    locale: "de",
    keyHash: crypto.randomUUID(),
    now: created,
  };
  await storeSubmission(env.DB, submission);
  // Mark notified so the re-enqueue step leaves these rows alone.
  await markNotified(env.DB, submission.id, "sent", created);
  return submission;
}

async function runCron(at: Date): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(
    createScheduledController({ scheduledTime: at, cron: "17 3 * * *" }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
}

describe("scheduled retention (the district's periods: 180 days after closing, 365 for unanswered sign-ups)", () => {
  it("uses the periods the district configures", () => {
    // The other two periods (former volunteers, audit log) are the workspace's.
    expect(alzeyWorms().retention).toMatchObject({
      closedRequestsDays: 180,
      unansweredSignupsDays: 365,
    });
  });

  it("deletes a help request closed 181 days ago and keeps one closed 179 days ago", async () => {
    const old = await store("help_request", daysAgo(400));
    await updateSubmissionStatus(env.DB, old.id, "closed", daysAgo(181));
    const recent = await store("help_request", daysAgo(400));
    await updateSubmissionStatus(env.DB, recent.id, "closed", daysAgo(179));

    await runCron(TODAY);

    expect(await getSubmission(env.DB, old.id)).toBeUndefined();
    expect(await getSubmission(env.DB, recent.id)).toBeDefined();
  });

  it("deletes a sign-up nobody answered after 366 days and keeps one of 364 days", async () => {
    const old = await store("volunteer_signup", daysAgo(366));
    const young = await store("volunteer_signup", daysAgo(364));

    await runCron(TODAY);

    expect(await getSubmission(env.DB, old.id)).toBeUndefined();
    expect(await getSubmission(env.DB, young.id)).toBeDefined();
  });

  it("keeps a closed sign-up (a volunteer who takes part) however old", async () => {
    const signup = await store("volunteer_signup", daysAgo(1000));
    await updateSubmissionStatus(env.DB, signup.id, "closed", daysAgo(900));

    await runCron(TODAY);

    expect(await getSubmission(env.DB, signup.id)).toBeDefined();
  });

  it("keeps old submissions that are still being worked on", async () => {
    const open = await store("help_request", daysAgo(1000));
    await updateSubmissionStatus(env.DB, open.id, "in_progress", daysAgo(900));
    const answered = await store("volunteer_signup", daysAgo(1000));
    await updateSubmissionStatus(env.DB, answered.id, "forwarded", daysAgo(999));

    await runCron(TODAY);

    expect(await getSubmission(env.DB, open.id)).toBeDefined();
    expect(await getSubmission(env.DB, answered.id)).toBeDefined();
  });

  it("purges idempotency keys older than a day", async () => {
    const submission = await store("help_request", daysAgo(2));

    await runCron(TODAY);

    expect(await findSubmissionIdByKey(env.DB, submission.keyHash)).toBeUndefined();
    expect(await getSubmission(env.DB, submission.id)).toBeDefined();
  });

  it("re-enqueues notifications that never finished, and only those", async () => {
    const pending: NewSubmission = {
      id: crypto.randomUUID(),
      kind: "help_request",
      payload: {},
      coordinationPoint: "kreisverwaltung",
      locale: undefined,
      keyHash: crypto.randomUUID(),
      now: daysAgo(1),
    };
    await storeSubmission(env.DB, pending);
    const beingSent = { ...pending, id: crypto.randomUUID(), keyHash: crypto.randomUUID() };
    await storeSubmission(env.DB, beingSent);
    await claimNotification(env.DB, beingSent.id, TODAY);
    const send = vi.fn().mockResolvedValue(undefined);
    const queue = { send } as unknown as Queue;

    const result = await runDailyJobs({ DB: env.DB, NOTIFY_QUEUE: queue }, alzeyWorms(), TODAY);

    const ids = send.mock.calls.map(([body]) => (body as { submissionId: string }).submissionId);
    expect(ids).toContain(pending.id);
    expect(ids).not.toContain(beingSent.id);
    expect(result.requeuedNotifications).toBe(ids.length);
  });
});
