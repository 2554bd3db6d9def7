import { volunteerStatusSchema } from "@integrationspaten/domain";
import { Hono } from "hono";
import type { Overview } from "../../shared/api.js";
import { type AppEnv, scopeOf } from "../http/context.js";

/**
 * Counts for the start page of the signed-in person's points. Numbers are not personal
 * data, so unlike the lists this writes no audit entry.
 */
export const overviewRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const scope = scopeOf(c.get("actor"));
  const points = scope ? JSON.stringify(scope) : null;
  const inScope = "(?1 IS NULL OR coordination_point IN (SELECT value FROM json_each(?1)))";
  const [submissions, volunteers] = await c.env.DB.batch<{ key: string; n: number }>([
    c.env.DB.prepare(
      `SELECT kind AS key, count(*) AS n FROM submissions
       WHERE ${inScope} AND ((kind = 'volunteer_signup' AND decision IS NULL)
                          OR (kind = 'help_request' AND status <> 'closed'))
       GROUP BY kind`,
    ).bind(points),
    c.env.DB.prepare(
      `SELECT status AS key, count(*) AS n FROM volunteers WHERE ${inScope} GROUP BY status`,
    ).bind(points),
  ]);
  const count = (rows: { key: string; n: number }[] | undefined, key: string) =>
    rows?.find((r) => r.key === key)?.n ?? 0;
  const overview: Overview = {
    openSignups: count(submissions?.results, "volunteer_signup"),
    openHelpRequests: count(submissions?.results, "help_request"),
    volunteers: Object.fromEntries(
      volunteerStatusSchema.options.map((status) => [status, count(volunteers?.results, status)]),
    ) as Overview["volunteers"],
  };
  return c.json(overview);
});
