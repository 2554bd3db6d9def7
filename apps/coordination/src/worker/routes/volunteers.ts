import { Hono } from "hono";
import {
  rosterQuerySchema,
  type VolunteerProfile,
  type VolunteerRecord,
  volunteerProfileSchema,
  volunteerStatusChangeSchema,
} from "../../shared/api.js";
import { issueToken, tokenOf } from "../cases/link-token.js";
import { type AppContext, type AppEnv, jsonBody, queryParams, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { districtToday } from "../http/today.js";
import { auditStatement } from "../storage/audit-log.js";
import {
  eraseVolunteerStatements,
  getVolunteer,
  listRoster,
  updateProfileStatement,
  updateStatusStatement,
} from "../storage/volunteers.js";

/*
 * The roster: volunteers of the signed-in person's coordination points. Reading one
 * record, changing it and erasing it are each written to the audit log.
 */

async function visibleVolunteer(c: AppContext, id: string): Promise<VolunteerRecord> {
  const volunteer = await getVolunteer(c.env.DB, id, scopeOf(c.get("actor")));
  if (!volunteer) throw new WorkspaceError("not_found");
  return volunteer;
}

/** The address of a volunteer's calendar feed, or null while they have none. */
async function feedUrl(c: AppContext, volunteerId: string): Promise<string | null> {
  const row = await c.env.DB.prepare("SELECT feed_key FROM volunteers WHERE id = ?1")
    .bind(volunteerId)
    .first<{ feed_key: string | null }>();
  if (!row?.feed_key) return null;
  const config = c.get("config");
  return `${config.workspaceUrl}/v/kalender/${await tokenOf(config.linkSecret, "feed", row.feed_key)}.ics`;
}

async function audit(
  c: AppContext,
  action: "read" | "update",
  recordId: string,
  detail: Record<string, string>,
) {
  await auditStatement(
    c.env.DB,
    { actorId: c.get("actor").id, action, recordType: "volunteer", recordId, detail },
    new Date(),
  ).run();
}

/** Names of the top-level profile fields that differ (for the audit log: no values). */
function changedFields(before: VolunteerProfile, after: VolunteerProfile): string {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter(
      (key) =>
        JSON.stringify(before[key as keyof VolunteerProfile]) !==
        JSON.stringify(after[key as keyof VolunteerProfile]),
    )
    .sort()
    .join(",");
}

export const volunteerRoutes = new Hono<AppEnv>()
  .get("/", queryParams(rosterQuerySchema), async (c) => {
    const actor = c.get("actor");
    const roster = await listRoster(c.env.DB, scopeOf(actor), c.req.valid("query"));
    await auditStatement(
      c.env.DB,
      {
        actorId: actor.id,
        action: "list",
        recordType: "volunteer",
        detail: { count: roster.volunteers.length },
      },
      new Date(),
    ).run();
    return c.json(roster);
  })
  .get("/:id", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "read",
        recordType: "volunteer",
        recordId: volunteer.id,
      },
      new Date(),
    ).run();
    return c.json(volunteer);
  })
  .put("/:id/profile", jsonBody(volunteerProfileSchema), async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const profile = c.req.valid("json");
    const now = new Date();
    const db = c.env.DB;
    await db.batch([
      updateProfileStatement(db, volunteer.id, profile, now),
      auditStatement(
        db,
        {
          actorId: c.get("actor").id,
          action: "update",
          recordType: "volunteer",
          recordId: volunteer.id,
          detail: { fields: changedFields(volunteer.profile, profile) },
        },
        now,
      ),
    ]);
    return c.json(await getVolunteer(db, volunteer.id, undefined));
  })
  .post("/:id/status", jsonBody(volunteerStatusChangeSchema), async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const { status } = c.req.valid("json");
    const now = new Date();
    const db = c.env.DB;
    await db.batch([
      updateStatusStatement(db, volunteer.id, status, now),
      auditStatement(
        db,
        {
          actorId: c.get("actor").id,
          action: "status",
          recordType: "volunteer",
          recordId: volunteer.id,
          detail: { from: volunteer.status, to: status },
        },
        now,
      ),
    ]);
    return c.json(await getVolunteer(db, volunteer.id, undefined));
  })
  .delete("/:id", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const now = new Date();
    const db = c.env.DB;
    await db.batch([
      ...eraseVolunteerStatements(db, volunteer.id, now, districtToday(now)),
      auditStatement(
        db,
        {
          actorId: c.get("actor").id,
          action: "erase",
          recordType: "volunteer",
          recordId: volunteer.id,
          detail: { status: volunteer.status },
        },
        now,
      ),
    ]);
    return c.body(null, 204);
  })
  .get("/:id/feed", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const url = await feedUrl(c, volunteer.id);
    await audit(c, "read", volunteer.id, { feed: url ? "on" : "off" });
    return c.json({ url });
  })
  .post("/:id/feed", async (c) => {
    // A new address; the old one stops working at once (a volunteer who shared it by
    // mistake asks for this).
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const { id } = await issueToken(c.get("config").linkSecret, "feed");
    await c.env.DB.prepare("UPDATE volunteers SET feed_key = ?2 WHERE id = ?1")
      .bind(volunteer.id, id)
      .run();
    await audit(c, "update", volunteer.id, { fields: "feed" });
    return c.json({ url: await feedUrl(c, volunteer.id) });
  })
  .delete("/:id/feed", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    await c.env.DB.prepare("UPDATE volunteers SET feed_key = NULL WHERE id = ?1")
      .bind(volunteer.id)
      .run();
    await audit(c, "update", volunteer.id, { fields: "feed" });
    return c.json({ url: null });
  });
