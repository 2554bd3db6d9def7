import { workspaceDistrict } from "../shared/district.js";
import { app } from "./app.js";
import { runRetention } from "./jobs/retention.js";

/**
 * The coordinators' workspace. Static files (the React app) are served by the assets
 * binding before this code runs; only /api/* reaches `fetch` (see wrangler.jsonc). The
 * daily cron runs the retention periods of the district configuration.
 */
export default {
  fetch(request, env, ctx): Promise<Response> | Response {
    return app.fetch(request, env, ctx);
  },

  async scheduled(controller, env): Promise<void> {
    const result = await runRetention(
      env.DB,
      workspaceDistrict().district,
      new Date(controller.scheduledTime),
    );
    // Counts only: the log never names a person.
    console.log(JSON.stringify({ level: "info", event: "retention.done", ...result }));
  },
} satisfies ExportedHandler<Env>;
