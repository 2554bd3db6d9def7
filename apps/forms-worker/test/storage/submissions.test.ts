import { env } from "cloudflare:workers";
import {
  deleteSubmission,
  findSubmissionIdByKey,
  getSubmission,
  listSubmissions,
  type NewSubmission,
  storeSubmission,
  updateSubmissionStatus,
} from "@integrationspaten/database/submissions";
import { describe, expect, it } from "vitest";

function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    id: crypto.randomUUID(),
    kind: "help_request",
    payload: { contactName: "Test", category: "arzt" },
    coordinationPoint: `point-${crypto.randomUUID().slice(0, 8)}`,
    locale: "de",
    keyHash: crypto.randomUUID(),
    now: new Date("2026-11-20T10:00:00.000Z"),
    ...overrides,
  };
}

describe("storeSubmission", () => {
  it("stores a submission and its idempotency key", async () => {
    const submission = newSubmission();
    const result = await storeSubmission(env.DB, submission);

    expect(result).toEqual({ id: submission.id, created: true });
    expect(await findSubmissionIdByKey(env.DB, submission.keyHash)).toBe(submission.id);
    expect(await getSubmission(env.DB, submission.id)).toMatchObject({
      id: submission.id,
      kind: "help_request",
      status: "new",
      payload: { contactName: "Test", category: "arzt" },
      createdAt: "2026-11-20T10:00:00.000Z",
      updatedAt: "2026-11-20T10:00:00.000Z",
      closedAt: null,
      notifiedAt: null,
      locale: "de",
    });
  });

  it("stores exactly one of many concurrent attempts with the same key; all learn its id", async () => {
    const keyHash = crypto.randomUUID();
    const point = `point-${crypto.randomUUID().slice(0, 8)}`;
    const attempts = Array.from({ length: 25 }, () =>
      newSubmission({ keyHash, coordinationPoint: point }),
    );
    const results = await Promise.all(attempts.map((s) => storeSubmission(env.DB, s)));

    const created = results.filter((r) => r.created);
    expect(created).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([created[0]?.id]));
    expect(await listSubmissions(env.DB, { coordinationPoint: point }, 100)).toHaveLength(1);
  });
});

describe("listSubmissions", () => {
  it("filters and pages newest first, ties broken by id", async () => {
    const point = `point-${crypto.randomUUID().slice(0, 8)}`;
    const same = new Date("2026-11-21T08:00:00.000Z");
    const stored = await Promise.all(
      ["a", "b", "c"].map((suffix) =>
        storeSubmission(
          env.DB,
          newSubmission({ id: `00000000-${suffix}`, coordinationPoint: point, now: same }),
        ),
      ),
    );
    await storeSubmission(
      env.DB,
      newSubmission({
        kind: "volunteer_signup",
        coordinationPoint: point,
        now: new Date("2026-11-22T08:00:00.000Z"),
      }),
    );

    const helpOnly = await listSubmissions(
      env.DB,
      { coordinationPoint: point, kind: "help_request" },
      2,
    );
    expect(helpOnly.map((s) => s.id)).toEqual(["00000000-c", "00000000-b"]);
    const rest = await listSubmissions(
      env.DB,
      { coordinationPoint: point, kind: "help_request" },
      2,
      {
        createdAt: same.toISOString(),
        id: "00000000-b",
      },
    );
    expect(rest.map((s) => s.id)).toEqual(["00000000-a"]);
    expect(stored.every((s) => s.created)).toBe(true);
  });
});

describe("updateSubmissionStatus", () => {
  it("sets closed_at when closing, keeps it when closed again, clears it when reopening", async () => {
    const submission = newSubmission();
    await storeSubmission(env.DB, submission);

    const closed = await updateSubmissionStatus(
      env.DB,
      submission.id,
      "closed",
      new Date("2026-11-23T00:00:00Z"),
    );
    expect(closed?.previousStatus).toBe("new");
    expect(closed?.submission.closedAt).toBe("2026-11-23T00:00:00.000Z");

    const again = await updateSubmissionStatus(
      env.DB,
      submission.id,
      "closed",
      new Date("2026-11-24T00:00:00Z"),
    );
    expect(again?.submission.closedAt).toBe("2026-11-23T00:00:00.000Z");
    expect(again?.submission.updatedAt).toBe("2026-11-23T00:00:00.000Z");

    const reopened = await updateSubmissionStatus(
      env.DB,
      submission.id,
      "in_progress",
      new Date("2026-11-25T00:00:00Z"),
    );
    expect(reopened?.previousStatus).toBe("closed");
    expect(reopened?.submission.closedAt).toBeNull();
  });

  it("returns undefined for an unknown id", async () => {
    expect(await updateSubmissionStatus(env.DB, "missing", "closed", new Date())).toBeUndefined();
  });
});

describe("deleteSubmission", () => {
  it("deletes the submission and its idempotency keys, and says whether it existed", async () => {
    const submission = newSubmission();
    await storeSubmission(env.DB, submission);

    expect(await deleteSubmission(env.DB, submission.id)).toBe(true);
    expect(await getSubmission(env.DB, submission.id)).toBeUndefined();
    expect(await findSubmissionIdByKey(env.DB, submission.keyHash)).toBeUndefined();
    expect(await deleteSubmission(env.DB, submission.id)).toBe(false);
  });
});
