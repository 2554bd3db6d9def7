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
import { describe, expect, it } from "vitest";
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

  /**
   * The real local queue, recording what the job sends through it (the consumer then
   * processes the messages as usual).
   */
  function recordingQueue() {
    const sent: string[] = [];
    const queue = {
      send: (body: unknown, options?: QueueSendOptions) => {
        sent.push((body as { submissionId: string }).submissionId);
        return env.NOTIFY_QUEUE.send(body, options);
      },
      sendBatch: (messages: Iterable<MessageSendRequest>, options?: QueueSendBatchOptions) => {
        const list = [...messages];
        for (const m of list) sent.push((m.body as { submissionId: string }).submissionId);
        return env.NOTIFY_QUEUE.sendBatch(list, options);
      },
    } as Queue;
    return { queue, sent };
  }

  function pendingSubmission(created: Date): NewSubmission {
    return {
      id: crypto.randomUUID(),
      kind: "help_request",
      payload: {},
      coordinationPoint: "kreisverwaltung",
      locale: undefined,
      keyHash: crypto.randomUUID(),
      now: created,
    };
  }

  it("re-enqueues notifications that never finished, and only those", async () => {
    const pending = pendingSubmission(daysAgo(1));
    await storeSubmission(env.DB, pending);
    const beingSent = pendingSubmission(daysAgo(1));
    await storeSubmission(env.DB, beingSent);
    await claimNotification(env.DB, beingSent.id, TODAY);
    const { queue, sent } = recordingQueue();

    const result = await runDailyJobs({ DB: env.DB, NOTIFY_QUEUE: queue }, alzeyWorms(), TODAY);

    expect(sent).toContain(pending.id);
    expect(sent).not.toContain(beingSent.id);
    expect(result.requeuedNotifications).toBe(sent.length);
  });

  it("re-enqueues all 541 pending notifications after a crash in one run, each once", async () => {
    // The case: 541 pending took three daily runs while at most 200 were taken.
    const crashed = Array.from({ length: 541 }, (_, i) =>
      pendingSubmission(new Date(daysAgo(2).getTime() + Math.floor(i / 3) * 1000)),
    );
    for (let i = 0; i < crashed.length; i += 50) {
      await Promise.all(crashed.slice(i, i + 50).map((s) => storeSubmission(env.DB, s)));
    }
    const { queue, sent } = recordingQueue();

    const result = await runDailyJobs({ DB: env.DB, NOTIFY_QUEUE: queue }, alzeyWorms(), TODAY);

    const once = new Set(sent);
    expect(once.size).toBe(sent.length);
    expect(crashed.filter((s) => !once.has(s.id))).toEqual([]);
    expect(result.requeuedNotifications).toBe(sent.length);
  });

  it("keeps the submissions and says so when the queue refuses the batch", async () => {
    const pending = pendingSubmission(daysAgo(1));
    await storeSubmission(env.DB, pending);
    const broken = {
      send: () => Promise.reject(new Error("queue down")),
      sendBatch: () => Promise.reject(new Error("queue down")),
    } as unknown as Queue;

    const result = await runDailyJobs({ DB: env.DB, NOTIFY_QUEUE: broken }, alzeyWorms(), TODAY);

    expect(result.requeuedNotifications).toBe(0);
    expect(await getSubmission(env.DB, pending.id)).toBeDefined();
  });
});
