import { app } from "./app.js";

/**
 * The coordinators' workspace. Static files (the React app) are served by the assets
 * binding before this code runs; only /api/* reaches `fetch` (see wrangler.jsonc).
 */
export default {
  fetch(request, env, ctx): Promise<Response> | Response {
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
