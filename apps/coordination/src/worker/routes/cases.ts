import { Hono } from "hono";
import {
  appointmentSchema,
  type CaseDetail,
  caseListQuerySchema,
  closeCaseSchema,
  forwardSchema,
  type MatchEntry,
  type MatchingResult,
} from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import { issueToken } from "../cases/link-token.js";
import { matchingVolunteers, rankForRequest } from "../cases/matching.js";
import { sendOffer } from "../cases/offer.js";
import { type AppContext, type AppEnv, jsonBody, queryParams, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { districtToday } from "../http/today.js";
import { auditStatement } from "../storage/audit-log.js";
import {
  appointmentStatements,
  closeStatements,
  forwardStatements,
  getCase,
  listCases,
  reopenStatements,
  withdrawStatements,
} from "../storage/cases.js";

/*
 * Help requests as cases: the inbox, one case with its history, the domain's matching,
 * forwarding to a volunteer (an e-mail with one answer link), taking an offer back, the
 * appointment, closing with an outcome. Every read and change is audited; the case's own
 * history records each step with who and when.
 */

async function visibleCase(c: AppContext, id: string): Promise<CaseDetail> {
  const found = await getCase(c.env.DB, id, scopeOf(c.get("actor")), districtToday());
  if (!found) throw new WorkspaceError("not_found");
  return found;
}

function refuseUnless(found: CaseDetail, allowed: readonly CaseDetail["state"][]) {
  if (allowed.includes(found.state)) return;
  if (found.state === "closed") throw new WorkspaceError("case_closed");
  if (found.state === "accepted") throw new WorkspaceError("case_taken");
  if (found.state === "offered") throw new WorkspaceError("case_offered");
  throw new WorkspaceError("case_not_offered");
}

/** The domain's matching for a visible case, with names and who was asked before. */
async function matchingOf(c: AppContext, found: CaseDetail, withExcluded: boolean) {
  if (!found.request) throw new WorkspaceError("case_anonymised");
  const now = new Date();
  const { volunteers, names } = await matchingVolunteers(
    c.env.DB,
    scopeOf(c.get("actor")),
    districtToday(now),
  );
  const matching = rankForRequest(
    found.id,
    found.request,
    found.receivedAt,
    volunteers,
    now,
    c.get("locale"),
  );
  const asked = new Set(found.assignments.flatMap((a) => (a.volunteer ? [a.volunteer.id] : [])));
  const entry = (id: string, rank: number | null, reasons: { message: string }[]): MatchEntry => ({
    volunteerId: id,
    displayName: names.get(id) ?? id,
    rank,
    reasons: reasons.map((r) => r.message),
    askedBefore: asked.has(id),
  });
  const result: MatchingResult = {
    step: matching.step,
    summary: matching.summary.message,
    candidates: matching.candidates.map((m) => entry(m.volunteerId, m.rank, m.reasons)),
    excludedCount: matching.excluded.length,
    excluded: withExcluded
      ? matching.excluded.map((m) => entry(m.volunteerId, null, m.reasons))
      : null,
    next: matching.candidates.find((m) => !asked.has(m.volunteerId))?.volunteerId ?? null,
  };
  return { result };
}

async function audit(
  c: AppContext,
  action: "read" | "list" | "create" | "status" | "update",
  recordId: string | undefined,
  detail?: Record<string, string | number>,
) {
  await auditStatement(
    c.env.DB,
    {
      actorId: c.get("actor").id,
      action,
      recordType: "help_request",
      ...(recordId ? { recordId } : {}),
      ...(detail ? { detail } : {}),
    },
    new Date(),
  ).run();
}

export const caseRoutes = new Hono<AppEnv>()
  .get("/", queryParams(caseListQuerySchema), async (c) => {
    const cases = await listCases(
      c.env.DB,
      scopeOf(c.get("actor")),
      c.req.valid("query"),
      districtToday(),
    );
    await audit(c, "list", undefined, { count: cases.length });
    return c.json({ cases });
  })
  .get("/:id", async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    await audit(c, "read", found.id);
    return c.json(found);
  })
  .get("/:id/matching", async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    const { result } = await matchingOf(c, found, c.req.query("excluded") === "true");
    await audit(c, "read", found.id, { matching: result.candidates.length });
    return c.json(result);
  })
  .post("/:id/forward", jsonBody(forwardSchema), async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["open"]);
    const { volunteerId } = c.req.valid("json");
    const { result } = await matchingOf(c, found, false);
    if (!result.candidates.some((m) => m.volunteerId === volunteerId))
      throw new WorkspaceError("not_a_candidate");
    const config = c.get("config");
    const now = new Date();
    const expiresAt = new Date(now.getTime() + config.offerHours * 3_600_000);
    const link = await issueToken(config.linkSecret, "answer");
    const assignmentId = crypto.randomUUID();
    let written: D1Result[];
    try {
      written = await c.env.DB.batch([
        ...forwardStatements(
          c.env.DB,
          {
            caseId: found.id,
            assignmentId,
            volunteerId,
            linkId: link.id,
            actorId: c.get("actor").id,
            expiresAt,
          },
          now,
        ),
        auditStatement(
          c.env.DB,
          {
            actorId: c.get("actor").id,
            action: "create",
            recordType: "help_request",
            recordId: found.id,
            detail: { forwardedTo: volunteerId },
          },
          now,
          // Audited only when the offer was written (not when the case moved meanwhile).
          { exists: "SELECT 1 FROM assignments WHERE id = ?7", value: assignmentId },
        ),
      ]);
    } catch (error) {
      // The unique index: another offer was written in the meantime.
      if (String(error).includes("UNIQUE")) throw new WorkspaceError("case_offered");
      throw error;
    }
    // The offer is written only from `open`: nothing written means the case moved on.
    if ((written[0]?.meta.changes ?? 0) !== 1) refuseUnless(await visibleCase(c, found.id), []);
    await sendOffer(c.env, config, {
      caseId: found.id,
      assignmentId,
      volunteerId,
      request: found.request ?? {},
      token: link.token,
      expiresAt: expiresAt.toISOString(),
      pointName: pointName(found.coordinationPoint),
    });
    return c.json(await visibleCase(c, found.id));
  })
  .post("/:id/resend", async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["offered"]);
    const offer = found.assignments.find((a) => a.state === "offered");
    if (!offer?.volunteer) throw new WorkspaceError("case_not_offered");
    const config = c.get("config");
    // A new link replaces the one in the e-mail that did not arrive.
    const link = await issueToken(config.linkSecret, "answer");
    const now = new Date();
    await c.env.DB.batch([
      c.env.DB.prepare(
        "UPDATE volunteer_links SET used_at = ?2 WHERE assignment_id = ?1 AND used_at IS NULL",
      ).bind(offer.id, now.toISOString()),
      c.env.DB.prepare(
        "INSERT INTO volunteer_links (id, assignment_id, purpose, expires_at) VALUES (?1, ?2, 'answer', ?3)",
      ).bind(link.id, offer.id, offer.expiresAt),
      c.env.DB.prepare(
        `INSERT INTO case_events (case_id, at, actor_type, actor_id, event, assignment_id, detail)
         VALUES (?1, ?2, 'coordinator', ?3, 'forwarded', ?4, json_object('resent', json('true')))`,
      ).bind(found.id, now.toISOString(), c.get("actor").id, offer.id),
    ]);
    await sendOffer(c.env, config, {
      caseId: found.id,
      assignmentId: offer.id,
      volunteerId: offer.volunteer.id,
      request: found.request ?? {},
      token: link.token,
      expiresAt: offer.expiresAt,
      pointName: pointName(found.coordinationPoint),
    });
    await audit(c, "update", found.id, { resent: offer.id });
    return c.json(await visibleCase(c, found.id));
  })
  .post("/:id/withdraw", async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["offered"]);
    const now = new Date();
    await c.env.DB.batch(withdrawStatements(c.env.DB, found.id, c.get("actor").id, now));
    await audit(c, "status", found.id, { to: "open" });
    return c.json(await visibleCase(c, found.id));
  })
  .put("/:id/appointment", jsonBody(appointmentSchema), async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["open", "offered", "accepted"]);
    await c.env.DB.batch(
      appointmentStatements(c.env.DB, found.id, c.req.valid("json"), c.get("actor").id, new Date()),
    );
    await audit(c, "update", found.id, { fields: "appointment" });
    return c.json(await visibleCase(c, found.id));
  })
  .post("/:id/close", jsonBody(closeCaseSchema), async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["open", "offered", "accepted"]);
    const { outcome } = c.req.valid("json");
    await c.env.DB.batch(
      closeStatements(c.env.DB, found.id, outcome, c.get("actor").id, new Date()),
    );
    await audit(c, "status", found.id, { to: "closed", outcome });
    return c.json(await visibleCase(c, found.id));
  })
  .post("/:id/reopen", async (c) => {
    const found = await visibleCase(c, c.req.param("id"));
    refuseUnless(found, ["closed"]);
    if (!found.request) throw new WorkspaceError("case_anonymised");
    await c.env.DB.batch(reopenStatements(c.env.DB, found.id, c.get("actor").id, new Date()));
    await audit(c, "status", found.id, { to: "reopened" });
    return c.json(await visibleCase(c, found.id));
  });

function pointName(id: string): string {
  return workspaceDistrict().district.coordinationPoints.find((p) => p.id === id)?.name ?? id;
}
