import { Hono } from "hono";
import { type AppEnv, requireAdministrator } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { listAuditEntries } from "../storage/audit-log.js";

const PAGE = 200;

/** The audit log, newest first, for district administrators. */
export const auditLogRoutes = new Hono<AppEnv>().get("/", async (c) => {
  requireAdministrator(c.get("actor"));
  const before = c.req.query("before");
  if (before !== undefined && !/^\d{1,15}$/.test(before))
    throw new WorkspaceError("validation_failed");
  const entries = await listAuditEntries(
    c.env.DB,
    {
      recordType: c.req.query("recordType"),
      recordId: c.req.query("recordId"),
      actorId: c.req.query("actorId"),
      before: before === undefined ? undefined : Number(before),
    },
    PAGE,
  );
  const last = entries.at(-1);
  return c.json({ entries, next: entries.length === PAGE && last ? String(last.id) : null });
});
