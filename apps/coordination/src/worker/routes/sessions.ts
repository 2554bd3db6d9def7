import { translate } from "@integrationspaten/domain";
import { Hono } from "hono";
import { attendanceUpdateSchema, sessionInputSchema } from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import { type AppContext, type AppEnv, jsonBody, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { districtToday } from "../http/today.js";
import { attendanceSheetPdf } from "../pdf/attendance-sheet.js";
import { auditStatement } from "../storage/audit-log.js";
import {
  attendanceList,
  cancelSessionStatement,
  getSession,
  insertSessionStatement,
  listSessions,
  markableVolunteers,
  saveAttendanceStatement,
  updateSessionStatement,
} from "../storage/sessions.js";

/*
 * The programme's training sessions and their attendance lists. Sessions are programme
 * data (no personal data) that every coordinator manages; attendance marks belong to
 * volunteers and follow the coordination points.
 */

async function existingSession(c: AppContext, id: string) {
  const session = await getSession(c.env.DB, id);
  if (!session) throw new WorkspaceError("not_found");
  return session;
}

/** `?everyone=true`: the attendance list with certified and paused volunteers too. */
const everyone = (c: AppContext) => c.req.query("everyone") === "true";

function pointName(id: string): string {
  return workspaceDistrict().district.coordinationPoints.find((p) => p.id === id)?.name ?? id;
}

export const sessionRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ sessions: await listSessions(c.env.DB) }))
  .post("/", jsonBody(sessionInputSchema), async (c) => {
    const id = crypto.randomUUID();
    const now = new Date();
    const input = c.req.valid("json");
    await c.env.DB.batch([
      insertSessionStatement(c.env.DB, id, input, now),
      auditStatement(
        c.env.DB,
        { actorId: c.get("actor").id, action: "create", recordType: "session", recordId: id },
        now,
      ),
    ]);
    return c.json(await getSession(c.env.DB, id), 201);
  })
  .get("/:id", async (c) => c.json(await existingSession(c, c.req.param("id"))))
  .put("/:id", jsonBody(sessionInputSchema), async (c) => {
    const session = await existingSession(c, c.req.param("id"));
    const now = new Date();
    await c.env.DB.batch([
      updateSessionStatement(c.env.DB, session.id, c.req.valid("json"), now),
      auditStatement(
        c.env.DB,
        {
          actorId: c.get("actor").id,
          action: "update",
          recordType: "session",
          recordId: session.id,
        },
        now,
      ),
    ]);
    return c.json(await getSession(c.env.DB, session.id));
  })
  .post("/:id/cancel", async (c) => {
    const session = await existingSession(c, c.req.param("id"));
    const now = new Date();
    await c.env.DB.batch([
      cancelSessionStatement(c.env.DB, session.id, now),
      auditStatement(
        c.env.DB,
        {
          actorId: c.get("actor").id,
          action: "status",
          recordType: "session",
          recordId: session.id,
          detail: { to: "cancelled" },
        },
        now,
      ),
    ]);
    return c.json(await getSession(c.env.DB, session.id));
  })
  .get("/:id/attendance", async (c) => {
    const session = await existingSession(c, c.req.param("id"));
    const actor = c.get("actor");
    const entries = await attendanceList(c.env.DB, session.id, scopeOf(actor), everyone(c));
    await auditStatement(
      c.env.DB,
      {
        actorId: actor.id,
        action: "list",
        recordType: "attendance",
        recordId: session.id,
        detail: { count: entries.length },
      },
      new Date(),
    ).run();
    return c.json({ session, entries });
  })
  .put("/:id/attendance", jsonBody(attendanceUpdateSchema), async (c) => {
    const session = await existingSession(c, c.req.param("id"));
    const actor = c.get("actor");
    const { records } = c.req.valid("json");
    // Attendance is recorded once a session has taken place (or on its day).
    if (session.date > districtToday()) throw new WorkspaceError("session_in_future");
    const ids = new Set(records.map((r) => r.volunteerId));
    if (ids.size !== records.length) throw new WorkspaceError("validation_failed");
    // Only volunteers of the coordinator's points may be marked: check all before writing.
    const visible = await markableVolunteers(c.env.DB, session.id, [...ids], scopeOf(actor));
    if (records.some((r) => !visible.has(r.volunteerId))) throw new WorkspaceError("not_found");
    const now = new Date();
    const counts = { present: 0, excused: 0, absent: 0 };
    for (const record of records) counts[record.status] += 1;
    await c.env.DB.batch([
      saveAttendanceStatement(c.env.DB, session.id, records, scopeOf(actor), actor.id, now),
      auditStatement(
        c.env.DB,
        {
          actorId: actor.id,
          action: "update",
          recordType: "attendance",
          recordId: session.id,
          detail: counts,
        },
        now,
      ),
    ]);
    return c.json({
      session: await getSession(c.env.DB, session.id),
      entries: await attendanceList(c.env.DB, session.id, scopeOf(actor), everyone(c)),
    });
  })
  .get("/:id/attendance-sheet.pdf", async (c) => {
    const session = await existingSession(c, c.req.param("id"));
    const actor = c.get("actor");
    const { district } = workspaceDistrict();
    const entries = await attendanceList(c.env.DB, session.id, scopeOf(actor), everyone(c));
    const module =
      district.curriculum.modules.find((m) => m.id === session.module)?.label.de ?? session.module;
    const pdf = await attendanceSheetPdf({
      districtName: district.name,
      title: session.title,
      kindAndModule: `${translate("de", `schedule.kind.${session.kind}`)} · ${module}`,
      date: session.date,
      start: session.start,
      end: session.end,
      location: session.location,
      people: entries.map((e) => ({ name: e.displayName, point: pointName(e.coordinationPoint) })),
    });
    await auditStatement(
      c.env.DB,
      {
        actorId: actor.id,
        action: "export",
        recordType: "attendance",
        recordId: session.id,
        detail: { format: "pdf" },
      },
      new Date(),
    ).run();
    return c.body(pdf, 200, {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="anwesenheit-${session.date}.pdf"`,
    });
  });
