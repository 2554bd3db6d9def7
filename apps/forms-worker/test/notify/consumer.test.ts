import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { getSubmission, storeSubmission } from "@integrationspaten/database/submissions";
import { alzeyWormsConfig, defineDistrict, placeholder } from "@integrationspaten/domain";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { readConfig } from "../../src/config.js";
import worker from "../../src/index.js";
import {
  handleNotificationBatch,
  type MailSender,
  type NotifyDependencies,
  notifySubmission,
  retryDelaySeconds,
} from "../../src/notify/consumer.js";

const QUEUE = "integrationspaten-notifications";

/** A district whose coordination points have real (example) addresses. */
const district = defineDistrict({
  ...alzeyWormsConfig,
  coordinationPoints: alzeyWormsConfig.coordinationPoints.map((point) => ({
    ...point,
    contact: { ...point.contact, email: `${point.id}@integrationspaten.example` },
  })),
});

const withPlaceholder = defineDistrict(alzeyWormsConfig);

async function storedHelpRequest(): Promise<string> {
  const id = crypto.randomUUID();
  await storeSubmission(env.DB, {
    id,
    kind: "help_request",
    payload: {
      requesterRole: "self",
      contactName: "Omar Geheim",
      contactPhone: "+49 6731 999888",
      category: "arzt",
      languages: ["ar"],
      municipality: "alzey",
      weekdays: [],
      timesOfDay: [],
      consent: true,
    },
    coordinationPoint: "kreisverwaltung",
    locale: "ar",
    keyHash: crypto.randomUUID(),
    now: new Date(),
  });
  return id;
}

function deps(send: MailSender, overrides: Partial<NotifyDependencies> = {}): NotifyDependencies {
  return {
    db: env.DB,
    config: readConfig({
      NOTIFY_FROM: "formulare@integrationspaten.example",
      WORKSPACE_URL: "https://koordination.example/",
    }),
    district,
    send,
    now: () => new Date(),
    ...overrides,
  };
}

/** Every line the worker logs from now until the test ends. */
function captureLogs(): string[] {
  const lines: string[] = [];
  for (const method of ["log", "info", "warn", "error"] as const) {
    vi.spyOn(console, method).mockImplementation((line: unknown) => {
      lines.push(String(line));
    });
  }
  onTestFinished(() => {
    vi.restoreAllMocks();
  });
  return lines;
}

function batchFor(ids: string[], attempts = 1) {
  return createMessageBatch(
    QUEUE,
    ids.map((submissionId, index) => ({
      id: `msg-${index}-${submissionId}`,
      timestamp: new Date(),
      attempts,
      body: { submissionId },
    })),
  );
}

describe("notifySubmission", () => {
  it("sends one e-mail to the coordination point and records notified_at", async () => {
    const id = await storedHelpRequest();
    const send = vi.fn<MailSender>().mockResolvedValue(undefined);

    expect(await notifySubmission(id, deps(send))).toBe("sent");

    expect(send).toHaveBeenCalledTimes(1);
    const mail = send.mock.calls[0]?.[0];
    expect(mail?.to).toBe("kreisverwaltung@integrationspaten.example");
    expect(mail?.from).toBe("formulare@integrationspaten.example");
    // Quoted-printable may break long lines with a soft "=CRLF".
    expect(mail?.raw.replace(/=\r\n/g, "")).toContain(
      `https://koordination.example/anfragen/${id}\r\n`,
    );
    expect(mail?.raw).not.toMatch(/Omar|Geheim|999888/);
    const stored = await getSubmission(env.DB, id);
    expect(stored?.notifiedAt).not.toBeNull();
    expect(stored?.notifyOutcome).toBe("sent");
  });

  it("does not send twice when the message is delivered again", async () => {
    const id = await storedHelpRequest();
    const send = vi.fn<MailSender>().mockResolvedValue(undefined);

    await notifySubmission(id, deps(send));
    expect(await notifySubmission(id, deps(send))).toBe("already_done");
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("sends once when two deliveries of the same message run at the same time", async () => {
    const id = await storedHelpRequest();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const send = vi.fn<MailSender>().mockImplementation(() => gate);

    const first = notifySubmission(id, deps(send));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const second = notifySubmission(id, deps(send)).catch((error: Error) => error.name);
    release();

    expect(await first).toBe("sent");
    // The second saw the claim: it asks to be retried later and then finds it done.
    expect(await second).toBe("ClaimedElsewhere");
    expect(await notifySubmission(id, deps(send))).toBe("already_done");
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("skips a placeholder address, records it and counts it as done", async () => {
    const id = await storedHelpRequest();
    const send = vi.fn<MailSender>();

    expect(await notifySubmission(id, deps(send, { district: withPlaceholder }))).toBe(
      "skipped_placeholder",
    );
    expect(send).not.toHaveBeenCalled();
    expect((await getSubmission(env.DB, id))?.notifyOutcome).toBe("skipped_placeholder");
  });

  it("sends to NOTIFY_TO_OVERRIDE (local development) even when the district's address is a placeholder", async () => {
    const id = await storedHelpRequest();
    const send = vi.fn<MailSender>().mockResolvedValue(undefined);
    const config = readConfig({
      NOTIFY_FROM: "formulare@integrationspaten.example",
      NOTIFY_TO_OVERRIDE: "koordination@integrationspaten.example",
    });

    await notifySubmission(id, deps(send, { district: withPlaceholder, config }));

    expect(send.mock.calls[0]?.[0].to).toBe("koordination@integrationspaten.example");
  });

  it("acknowledges a message whose submission was erased in the meantime", async () => {
    const send = vi.fn<MailSender>();

    expect(await notifySubmission("erased-id", deps(send))).toBe("gone");
    expect(send).not.toHaveBeenCalled();
  });

  it("keeps the placeholder helper honest", () => {
    expect(placeholder("x")).toMatch(/^⟦PLATZHALTER/);
  });
});

describe("queue consumer: retries", () => {
  it("retries a failed send with a growing delay and leaves the submission untouched", async () => {
    const id = await storedHelpRequest();
    const before = await getSubmission(env.DB, id);
    const send = vi
      .fn<MailSender>()
      .mockRejectedValue(
        new Error("email to kreisverwaltung@integrationspaten.example not allowed"),
      );
    const batch = batchFor([id], 3);
    const retry = vi.spyOn(batch.messages[0] as Message<unknown>, "retry");
    const ctx = createExecutionContext();

    await handleNotificationBatch(batch, deps(send));
    const result = await getQueueResult(batch, ctx);

    expect(result.retryMessages.map((m) => m.msgId)).toEqual([`msg-0-${id}`]);
    // The third attempt waits two minutes.
    expect(retry).toHaveBeenCalledWith({ delaySeconds: 120 });
    expect(result.explicitAcks).toEqual([]);
    const after = await getSubmission(env.DB, id);
    expect(after).toEqual(before);
  });

  it("sends on the retry after a failure, exactly once, without a second row", async () => {
    const id = await storedHelpRequest();
    const send = vi
      .fn<MailSender>()
      .mockRejectedValueOnce(new Error("temporary"))
      .mockResolvedValue(undefined);

    const first = batchFor([id], 1);
    await handleNotificationBatch(first, deps(send));
    expect((await getQueueResult(first, createExecutionContext())).retryMessages).toHaveLength(1);

    const retry = batchFor([id], 2);
    await handleNotificationBatch(retry, deps(send));
    expect((await getQueueResult(retry, createExecutionContext())).explicitAcks).toEqual([
      `msg-0-${id}`,
    ]);

    const redelivered = batchFor([id], 3);
    await handleNotificationBatch(redelivered, deps(send));
    expect((await getQueueResult(redelivered, createExecutionContext())).explicitAcks).toHaveLength(
      1,
    );

    expect(send).toHaveBeenCalledTimes(2);
    const count = await env.DB.prepare("SELECT COUNT(*) AS n FROM submissions WHERE id = ?1")
      .bind(id)
      .first<{ n: number }>();
    expect(count?.n).toBe(1);
    expect((await getSubmission(env.DB, id))?.notifyOutcome).toBe("sent");
  });

  it("handles each message of a batch on its own: one failure does not retry the others", async () => {
    const ok = await storedHelpRequest();
    const failing = await storedHelpRequest();
    const send = vi.fn<MailSender>().mockImplementation(async (mail) => {
      if (mail.raw.includes(failing)) throw new Error("boom");
    });
    const batch = batchFor([ok, failing]);

    await handleNotificationBatch(batch, deps(send));
    const result = await getQueueResult(batch, createExecutionContext());

    expect(result.explicitAcks).toEqual([`msg-0-${ok}`]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual([`msg-1-${failing}`]);
  });

  it("costs two D1 round trips for a batch of ten, and sends each once", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => storedHelpRequest()));
    // The real local D1, counting the calls that reach it.
    let roundTrips = 0;
    const counted = (statement: D1PreparedStatement) =>
      new Proxy(statement, {
        get(target, name) {
          const value = Reflect.get(target, name, target);
          if (["run", "all", "first", "raw"].includes(String(name))) roundTrips += 1;
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    const db = {
      prepare: (query: string) => counted(env.DB.prepare(query)),
      batch: (statements: D1PreparedStatement[]) => {
        roundTrips += 1;
        return env.DB.batch(statements);
      },
    } as unknown as D1Database;
    const send = vi.fn<MailSender>().mockResolvedValue(undefined);
    const batch = batchFor([...ids, ids[0] ?? ""]);

    const lines = captureLogs();
    await handleNotificationBatch(batch, deps(send, { db }));
    const result = await getQueueResult(batch, createExecutionContext());

    expect(roundTrips).toBe(2);
    // One log event for the batch: each submission's outcome is in D1.
    expect(lines).toEqual([
      '{"level":"info","event":"notification.batch","counts":{"sent":10,"already_done":1}}',
    ]);
    expect(send).toHaveBeenCalledTimes(10);
    // The repeated message of the first submission is acknowledged with it, not sent again.
    expect(result.explicitAcks).toHaveLength(11);
    for (const id of ids) expect((await getSubmission(env.DB, id))?.notifyOutcome).toBe("sent");
  });

  it("warns once for a batch whose coordination point has a placeholder address, and acknowledges it", async () => {
    const ids = await Promise.all(Array.from({ length: 3 }, () => storedHelpRequest()));
    const send = vi.fn<MailSender>();
    const batch = batchFor(ids);

    const lines = captureLogs();
    await handleNotificationBatch(batch, deps(send, { district: withPlaceholder }));
    const result = await getQueueResult(batch, createExecutionContext());

    expect(send).not.toHaveBeenCalled();
    expect(result.explicitAcks).toHaveLength(3);
    expect(lines).toEqual([
      '{"level":"warn","event":"notification.batch","counts":{"skipped_placeholder":3},"reason":"placeholder_address"}',
    ]);
  });

  it("acknowledges a malformed message instead of retrying it forever", async () => {
    const batch = createMessageBatch(QUEUE, [
      { id: "bad", timestamp: new Date(), attempts: 1, body: { hello: "world" } },
    ]);

    await handleNotificationBatch(batch, deps(vi.fn<MailSender>()));
    const result = await getQueueResult(batch, createExecutionContext());

    expect(result.explicitAcks).toEqual(["bad"]);
  });

  it("backs off 30 s, 1, 2, 4 … minutes, at most an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelaySeconds)).toEqual([
      30, 60, 120, 240, 480, 960, 3600,
    ]);
  });
});

describe("queue consumer in the worker (send_email binding as wrangler emulates it)", () => {
  async function deliver(id: string, messageId: string) {
    const batch = createMessageBatch(QUEUE, [
      { id: messageId, timestamp: new Date(), attempts: 1, body: { submissionId: id } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    return getQueueResult(batch, ctx);
  }

  it("sends through NOTIFY_EMAIL to the verified dummy address and acknowledges", async () => {
    const id = await storedHelpRequest();

    const result = await deliver(id, "m1");

    expect(result.outcome).toBe("ok");
    expect(result.explicitAcks).toEqual(["m1"]);
    expect((await getSubmission(env.DB, id))?.notifyOutcome).toBe("sent");
  });

  it("retries when the binding refuses an unverified destination", async () => {
    const id = await storedHelpRequest();
    const target = env as unknown as Record<string, string>;
    const saved = target.NOTIFY_TO_OVERRIDE;
    target.NOTIFY_TO_OVERRIDE = "someone-else@integrationspaten.example";
    try {
      const result = await deliver(id, "m2");

      expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m2"]);
      expect(result.explicitAcks).toEqual([]);
      expect((await getSubmission(env.DB, id))?.notifiedAt).toBeNull();
    } finally {
      target.NOTIFY_TO_OVERRIDE = saved ?? "";
    }
  });
});
