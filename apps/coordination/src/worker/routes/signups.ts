import {
  decideSubmission,
  getSubmission,
  listSubmissions,
  type Submission,
} from "@integrationspaten/database/submissions";
import { Hono } from "hono";
import { acceptSignupSchema, declineSignupSchema, type SignupSummary } from "../../shared/api.js";
import { type AppContext, type AppEnv, canSeePoint, jsonBody, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { auditStatement } from "../storage/audit-log.js";
import { getVolunteer, insertVolunteerFromSignup } from "../storage/volunteers.js";

/*
 * Volunteer sign-ups from the public site: listed for the coordination point they were
 * routed to, accepted into a volunteer record or declined with a reason.
 */

/** A sign-up of the signed-in person's points, or 404 (also for other points' sign-ups). */
async function visibleSignup(c: AppContext, id: string): Promise<Submission> {
  const submission = await getSubmission(c.env.DB, id);
  if (
    !submission ||
    submission.kind !== "volunteer_signup" ||
    !canSeePoint(c.get("actor"), submission.coordinationPoint)
  ) {
    throw new WorkspaceError("not_found");
  }
  return submission;
}

/** One line of the sign-up list. */
function summary(s: Submission): SignupSummary {
  const p = s.payload;
  return {
    id: s.id,
    createdAt: s.createdAt,
    coordinationPoint: s.coordinationPoint,
    locale: s.locale,
    decision: s.decision,
    decidedAt: s.decision === null ? null : s.closedAt,
    name: typeof p.name === "string" ? p.name : "",
    municipality: typeof p.municipality === "string" ? p.municipality : "",
    languages: Array.isArray(p.languages)
      ? p.languages.map((l: { language?: unknown }) => String(l?.language ?? ""))
      : [],
    categories: Array.isArray(p.categories) ? p.categories.map(String) : [],
  };
}

export const signupRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const actor = c.get("actor");
    const open = c.req.query("status") !== "decided";
    // Sign-ups are few (a district gets dozens a year): one page of 500 holds them all.
    const submissions = await listSubmissions(
      c.env.DB,
      { kind: "volunteer_signup", coordinationPoints: scopeOf(actor), decided: !open },
      500,
    );
    const listed = submissions.map(summary);
    await auditStatement(
      c.env.DB,
      {
        actorId: actor.id,
        action: "list",
        recordType: "signup",
        detail: { count: listed.length, open },
      },
      new Date(),
    ).run();
    return c.json({ signups: listed });
  })
  .get("/:id", async (c) => {
    const submission = await visibleSignup(c, c.req.param("id"));
    await auditStatement(
      c.env.DB,
      { actorId: c.get("actor").id, action: "read", recordType: "signup", recordId: submission.id },
      new Date(),
    ).run();
    return c.json(submission);
  })
  .post("/:id/accept", jsonBody(acceptSignupSchema), async (c) => {
    const signup = await visibleSignup(c, c.req.param("id"));
    if (signup.decision !== null) throw new WorkspaceError("already_decided");
    const { profile, status } = c.req.valid("json");
    const actor = c.get("actor");
    const now = new Date();
    const id = crypto.randomUUID();
    const db = c.env.DB;
    // One transaction. Every statement is guarded, so a coordinator who answered the same
    // sign-up a moment earlier leaves this batch without effect: no volunteer, no decision,
    // no audit entry (they exist only if the volunteer row does).
    const created = { exists: "SELECT 1 FROM volunteers WHERE id = ?7", value: id };
    const [inserted] = await db.batch([
      insertVolunteerFromSignup(
        db,
        { id, coordinationPoint: signup.coordinationPoint, status, profile, signupId: signup.id },
        now,
      ),
      decideSubmission(db, signup.id, "accepted", null, now),
      auditStatement(
        db,
        { actorId: actor.id, action: "accept", recordType: "signup", recordId: signup.id },
        now,
        created,
      ),
      auditStatement(
        db,
        {
          actorId: actor.id,
          action: "create",
          recordType: "volunteer",
          recordId: id,
          detail: { status },
        },
        now,
        created,
      ),
    ]);
    if ((inserted?.meta.changes ?? 0) === 0) throw new WorkspaceError("already_decided");
    const volunteer = await getVolunteer(db, id, undefined);
    return c.json(volunteer, 201);
  })
  .post("/:id/decline", jsonBody(declineSignupSchema), async (c) => {
    const signup = await visibleSignup(c, c.req.param("id"));
    if (signup.decision !== null) throw new WorkspaceError("already_decided");
    const { reason } = c.req.valid("json");
    const actor = c.get("actor");
    const now = new Date();
    const db = c.env.DB;
    const [decided] = await db.batch([
      decideSubmission(db, signup.id, "declined", reason, now),
      auditStatement(
        db,
        {
          actorId: actor.id,
          action: "decline",
          recordType: "signup",
          recordId: signup.id,
          detail: { reason },
        },
        now,
        {
          exists:
            "SELECT 1 FROM submissions WHERE id = ?7 AND decision = 'declined' AND updated_at = ?1",
          value: signup.id,
        },
      ),
    ]);
    if ((decided?.results.length ?? 0) === 0) throw new WorkspaceError("already_decided");
    return c.json({ id: signup.id, decision: "declined", reason });
  });
