import { districtContext } from "./district.js";
import { dispatch } from "./http/router.js";
import { runDailyJobs } from "./jobs/daily.js";
import { handleNotificationBatch, notifyDependencies } from "./notify/consumer.js";
import { routes } from "./routes/index.js";

/**
 * The forms worker: the public form API, the public certificate check and the published
 * training sessions (`fetch`), the notification e-mails (`queue`) and the daily retention
 * job (`scheduled`).
 */
export default {
  fetch(request, env, ctx): Promise<Response> {
    return dispatch(routes, request, env, ctx);
  },

  async queue(batch, env, _ctx): Promise<void> {
    await handleNotificationBatch(batch, notifyDependencies(env));
  },

  async scheduled(controller, env, _ctx): Promise<void> {
    await runDailyJobs(env, districtContext().district, new Date(controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
