import { listProgrammeSessions } from "@integrationspaten/database/programme-sessions";
import { PROGRAMME_SESSIONS, type ProgrammeSessionsAnswer } from "@integrationspaten/domain";
import { HttpError } from "../http/errors.js";
import { json } from "../http/responses.js";
import type { Route } from "../http/router.js";
import { log, redactErrorMessage } from "../log.js";

/**
 * How long anyone may keep the answer. The site's build reads it once a day; five minutes
 * keep a burst of reads (a build retried, a browser) off D1 without delaying a change.
 */
const CACHE_CONTROL = "public, max-age=300";

/**
 * `GET PROGRAMME_SESSIONS.endpoint`: every training session with its public fields (the
 * domain's `programmeSessionsAnswerSchema`) — what the site's build turns into dates and
 * calendar entries. Programme data only: no attendance, no counts, nothing about a person.
 * D1 not answering is a catalogued 503, so the build that asked fails with a reason.
 */
export const programmeSessionsRoute: Route = {
  path: PROGRAMME_SESSIONS.endpoint,
  cors: true,
  methods: {
    GET: async ({ env }) => {
      const sessions = await listProgrammeSessions(env.DB).catch((error: unknown) => {
        log.error("sessions.read_failed", { error: redactErrorMessage(error) });
        throw new HttpError("sessions_unavailable", { headers: { "retry-after": "60" } });
      });
      return json({ sessions } satisfies ProgrammeSessionsAnswer, {
        headers: { "cache-control": CACHE_CONTROL },
      });
    },
  },
};
