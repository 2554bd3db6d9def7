import { json } from "../http/responses.js";
import type { Route } from "../http/router.js";
import { log, redactErrorMessage } from "../log.js";
import { pingDatabase } from "../storage/health.js";

/** `GET /api/health`: 200 when the worker and D1 answer, 503 when D1 does not. */
export const healthRoute: Route = {
  path: "/api/health",
  cors: true,
  methods: {
    GET: async ({ env }) => {
      const databaseOk = await pingDatabase(env.DB).catch((error: unknown) => {
        log.error("health.database_failed", { error: redactErrorMessage(error) });
        return false;
      });
      return databaseOk
        ? json({ status: "ok", database: "ok" })
        : json({ status: "degraded", database: "error" }, { status: 503 });
    },
  },
};
