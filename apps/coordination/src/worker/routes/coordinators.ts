import { Hono } from "hono";
import { coordinatorInputSchema } from "../../shared/api.js";
import { type AppEnv, jsonBody, requireAdministrator } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { auditStatement } from "../storage/audit-log.js";
import {
  findCoordinatorByEmail,
  getCoordinator,
  listCoordinators,
  saveCoordinatorStatements,
} from "../storage/coordinators.js";

/** District administrators manage who may use the workspace and for which points. */
export const coordinatorRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    requireAdministrator(c.get("actor"));
    await next();
  })
  .get("/", async (c) => c.json({ coordinators: await listCoordinators(c.env.DB) }))
  .get("/:id", async (c) => {
    const coordinator = await getCoordinator(c.env.DB, c.req.param("id"));
    if (!coordinator) throw new WorkspaceError("not_found");
    return c.json(coordinator);
  })
  .post("/", jsonBody(coordinatorInputSchema), async (c) => {
    const input = c.req.valid("json");
    if (await findCoordinatorByEmail(c.env.DB, input.email))
      throw new WorkspaceError("email_taken");
    const id = crypto.randomUUID();
    const now = new Date();
    await c.env.DB.batch([
      ...saveCoordinatorStatements(c.env.DB, id, input, now),
      auditStatement(
        c.env.DB,
        {
          actorId: c.get("actor").id,
          action: "create",
          recordType: "coordinator",
          recordId: id,
          detail: { role: input.role },
        },
        now,
      ),
    ]);
    return c.json(await getCoordinator(c.env.DB, id), 201);
  })
  .put("/:id", jsonBody(coordinatorInputSchema), async (c) => {
    const id = c.req.param("id");
    const before = await getCoordinator(c.env.DB, id);
    if (!before) throw new WorkspaceError("not_found");
    const input = c.req.valid("json");
    const owner = await findCoordinatorByEmail(c.env.DB, input.email);
    if (owner && owner.id !== id) throw new WorkspaceError("email_taken");
    // An administrator cannot lock themselves out (someone must be left to manage access).
    if (id === c.get("actor").id && (!input.active || input.role !== "administrator")) {
      throw new WorkspaceError("forbidden");
    }
    const now = new Date();
    await c.env.DB.batch([
      ...saveCoordinatorStatements(c.env.DB, id, input, now),
      auditStatement(
        c.env.DB,
        {
          actorId: c.get("actor").id,
          action: "update",
          recordType: "coordinator",
          recordId: id,
          detail: { role: input.role, active: input.active, points: input.points.length },
        },
        now,
      ),
    ]);
    return c.json(await getCoordinator(c.env.DB, id));
  });
