import { Hono } from "hono";
import { workspaceDistrict } from "../shared/district.js";
import { app } from "./app.js";
import { sendFollowUps } from "./cases/follow-up.js";
import { configOf } from "./config.js";
import { runRetention } from "./jobs/retention.js";
import { expireOffers } from "./storage/cases.js";
import { volunteerPages } from "./volunteer/routes.js";

/** The daily cron of wrangler.jsonc; the other one runs hourly. */
const DAILY = "47 3 * * *";

const volunteers = new Hono<{ Bindings: Env }>().route("/v", volunteerPages);

/**
 * The coordinators' workspace. Static files (the React app) are served by the assets
 * binding before this code runs; only /api/* reaches `fetch` (see wrangler.jsonc). The
 * daily cron runs the retention periods of the district configuration.
 */
export default {
  fetch(request, env, ctx): Promise<Response> | Response {
    // The volunteers' answer pages are public (no Access); everything else is the API.
    if (new URL(request.url).pathname.startsWith("/v/")) return volunteers.fetch(request, env, ctx);
    return app.fetch(request, env, ctx);
  },

  async scheduled(controller, env): Promise<void> {
    const now = new Date(controller.scheduledTime);
    if (controller.cron === DAILY) {
      const result = await runRetention(env.DB, workspaceDistrict().district, now);
      // Counts only: the log never names a person.
      console.log(JSON.stringify({ level: "info", event: "retention.done", ...result }));
    }
    const returned = await expireOffers(env.DB, now);
    console.log(JSON.stringify({ level: "info", event: "offers.expired", count: returned.length }));
    const config = configOf(env);
    if (config.ok) {
      const asked = await sendFollowUps(env, config.config, now);
      console.log(JSON.stringify({ level: "info", event: "follow_ups.sent", count: asked }));
    }
  },
} satisfies ExportedHandler<Env>;
