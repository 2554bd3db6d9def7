import {
  getSubmission,
  isSubmissionStatus,
  listSubmissions,
  SUBMISSION_STATUSES,
  type Submission,
  updateSubmissionStatus,
} from "@integrationspaten/database/submissions";
import { Hono } from "hono";
import { z } from "zod";
import { type AppContext, type AppEnv, canSeePoint, jsonBody, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { auditStatement } from "../storage/audit-log.js";

/*
 * Help requests from the public site, for the coordination point they were routed to
 * (the coordinator API the forms worker used to serve). Matching and forwarding follow.
 */

async function visibleRequest(c: AppContext, id: string): Promise<Submission> {
  const submission = await getSubmission(c.env.DB, id);
  if (
    !submission ||
    submission.kind !== "help_request" ||
    !canSeePoint(c.get("actor"), submission.coordinationPoint)
  ) {
    throw new WorkspaceError("not_found");
  }
  return submission;
}

const statusChangeSchema = z.strictObject({ status: z.enum(SUBMISSION_STATUSES) });

export const helpRequestRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const actor = c.get("actor");
    const status = c.req.query("status");
    if (status !== undefined && !isSubmissionStatus(status)) {
      throw new WorkspaceError("validation_failed");
    }
    const requests = await listSubmissions(
      c.env.DB,
      { kind: "help_request", status, coordinationPoints: scopeOf(actor) },
      500,
    );
    await auditStatement(
      c.env.DB,
      {
        actorId: actor.id,
        action: "list",
        recordType: "help_request",
        detail: { count: requests.length },
      },
      new Date(),
    ).run();
    return c.json({ helpRequests: requests });
  })
  .get("/:id", async (c) => {
    const request = await visibleRequest(c, c.req.param("id"));
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "read",
        recordType: "help_request",
        recordId: request.id,
      },
      new Date(),
    ).run();
    return c.json(request);
  })
  .patch("/:id", jsonBody(statusChangeSchema), async (c) => {
    const request = await visibleRequest(c, c.req.param("id"));
    const { status } = c.req.valid("json");
    const now = new Date();
    const result = await updateSubmissionStatus(c.env.DB, request.id, status, now);
    if (!result) throw new WorkspaceError("not_found");
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "status",
        recordType: "help_request",
        recordId: request.id,
        detail: { from: result.previousStatus, to: status },
      },
      now,
    ).run();
    return c.json(result.submission);
  });
