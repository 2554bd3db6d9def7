import { env } from "cloudflare:workers";
import {
  findSubmissionIdByKey,
  getSubmission,
  type NewSubmission,
  storeSubmission,
  updateSubmissionStatus,
} from "@integrationspaten/database/submissions";
import { describe, expect, it } from "vitest";
import {
  claimNotification,
  listUnnotified,
  markNotified,
  releaseNotificationClaim,
} from "../../src/storage/notifications.js";
import { deleteExpiredSubmissions, purgeIdempotencyKeys } from "../../src/storage/retention.js";

// Far in the past, so that other tests' rows (created "now") are never near the cutoffs.
const T0 = new Date("2001-01-01T00:00:00.000Z");
const DAY = 24 * 3600 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

async function store(kind: NewSubmission["kind"], createdDay: number): Promise<NewSubmission> {
  const submission: NewSubmission = {
    id: crypto.randomUUID(),
    kind,
    payload: {},
    coordinationPoint: "kreisverwaltung",
    locale: undefined,
    keyHash: crypto.randomUUID(),
    now: at(createdDay),
  };
  await storeSubmission(env.DB, submission);
  return submission;
}

describe("deleteExpiredSubmissions", () => {
  it("deletes help requests closed before the cutoff, with their keys", async () => {
    const oldClosed = await store("help_request", 0);
    await updateSubmissionStatus(env.DB, oldClosed.id, "closed", at(10));
    const oldClosedSignup = await store("volunteer_signup", 0);
    await updateSubmissionStatus(env.DB, oldClosedSignup.id, "closed", at(10));
    const recentlyClosed = await store("help_request", 0);
    await updateSubmissionStatus(env.DB, recentlyClosed.id, "closed", at(200));
    const openOld = await store("help_request", 0);
    await updateSubmissionStatus(env.DB, openOld.id, "forwarded", at(1));

    const result = await deleteExpiredSubmissions(env.DB, {
      closedBefore: at(100),
      unansweredSignupsBefore: T0,
    });

    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect(await getSubmission(env.DB, oldClosed.id)).toBeUndefined();
    // A closed sign-up is a volunteer who takes part: kept until coordinators erase it.
    expect(await getSubmission(env.DB, oldClosedSignup.id)).toBeDefined();
    expect(await findSubmissionIdByKey(env.DB, oldClosed.keyHash)).toBeUndefined();
    expect(await getSubmission(env.DB, recentlyClosed.id)).toBeDefined();
    expect(await getSubmission(env.DB, openOld.id)).toBeDefined();
  });

  it("deletes sign-ups nobody answered (still new) that arrived before the cutoff", async () => {
    const unanswered = await store("volunteer_signup", 0);
    const answered = await store("volunteer_signup", 0);
    await updateSubmissionStatus(env.DB, answered.id, "in_progress", at(2));
    const young = await store("volunteer_signup", 50);
    const helpNew = await store("help_request", 0);

    const result = await deleteExpiredSubmissions(env.DB, {
      closedBefore: T0,
      unansweredSignupsBefore: at(30),
    });

    expect(result.unansweredSignups).toBeGreaterThanOrEqual(1);
    expect(await getSubmission(env.DB, unanswered.id)).toBeUndefined();
    expect(await getSubmission(env.DB, answered.id)).toBeDefined();
    expect(await getSubmission(env.DB, young.id)).toBeDefined();
    // An unanswered help request is not the sign-up rule's business.
    expect(await getSubmission(env.DB, helpNew.id)).toBeDefined();
  });

  it("keeps a submission closed exactly at the cutoff (strictly before is deleted)", async () => {
    const edge = await store("help_request", 0);
    await updateSubmissionStatus(env.DB, edge.id, "closed", at(100));

    await deleteExpiredSubmissions(env.DB, { closedBefore: at(100), unansweredSignupsBefore: T0 });

    expect(await getSubmission(env.DB, edge.id)).toBeDefined();
  });
});

describe("purgeIdempotencyKeys", () => {
  it("deletes keys older than the cutoff, not the submissions", async () => {
    const old = await store("help_request", 0);

    expect(await purgeIdempotencyKeys(env.DB, at(1))).toBeGreaterThanOrEqual(1);
    expect(await findSubmissionIdByKey(env.DB, old.keyHash)).toBeUndefined();
    expect(await getSubmission(env.DB, old.id)).toBeDefined();
  });
});

describe("notification bookkeeping", () => {
  it("lets one delivery claim a submission; a second sees it busy, then done", async () => {
    const s = await store("help_request", 0);
    const now = at(1);

    expect(await claimNotification(env.DB, s.id, now)).toBe("claimed");
    expect(await claimNotification(env.DB, s.id, now)).toBe("busy");
    await markNotified(env.DB, s.id, "sent", now);
    expect(await claimNotification(env.DB, s.id, now)).toBe("done");
    expect((await getSubmission(env.DB, s.id))?.notifyOutcome).toBe("sent");
  });

  it("lets a claim be released after a failure, and treats an old claim as abandoned", async () => {
    const s = await store("help_request", 0);

    expect(await claimNotification(env.DB, s.id, at(1))).toBe("claimed");
    await releaseNotificationClaim(env.DB, s.id);
    expect(await claimNotification(env.DB, s.id, at(1))).toBe("claimed");
    // Six minutes later the claim is stale: a crashed consumer must not block forever.
    expect(await claimNotification(env.DB, s.id, new Date(at(1).getTime() + 6 * 60_000))).toBe(
      "claimed",
    );
  });

  it("says gone for an erased submission", async () => {
    expect(await claimNotification(env.DB, "no-such-id", at(1))).toBe("gone");
  });

  it("lists submissions never notified and not being sent, oldest first", async () => {
    const pending = await store("help_request", 0);
    const claimed = await store("help_request", 0);
    const done = await store("help_request", 0);
    await claimNotification(env.DB, claimed.id, at(1));
    await markNotified(env.DB, done.id, "skipped_placeholder", at(1));

    const { ids } = await listUnnotified(env.DB, at(1), at(1), 10_000);

    expect(ids).toContain(pending.id);
    expect(ids).not.toContain(claimed.id);
    expect(ids).not.toContain(done.id);
  });
});
