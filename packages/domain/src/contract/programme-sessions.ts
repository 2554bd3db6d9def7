import * as z from "zod";
import { idSchema, isoDateSchema, isoDateTimeSchema, localTimeSchema } from "../schemas/common.js";
import { sessionKindSchema } from "../schemas/training-session.js";

/**
 * The programme's training sessions as the public learns of them: the coordinators'
 * workspace manages them in D1, the forms worker publishes their public fields at
 * `endpoint`, and the site's daily build turns each into a date of the programme — on the
 * dates pages and in every calendar file and feed, with a calendar UID derived from the
 * session id by `programmeSessionEventId` and the workspace's `sequence` as SEQUENCE.
 */
export const PROGRAMME_SESSIONS = {
  /** GET on the forms worker; answers `programmeSessionsAnswerSchema`. */
  endpoint: "/api/programme/sessions",
  /**
   * Start of the programme event id (and so of the calendar UID and the file name
   * `/termine/<id>.ics`) of a session: keeps the workspace's ids apart from the ids of
   * dates written as files, and says where an entry came from.
   */
  eventIdPrefix: "schulung-",
} as const;

/** Longest session id that still leaves an event id within `idSchema`'s 80 characters. */
const MAX_SESSION_ID = 80 - PROGRAMME_SESSIONS.eventIdPrefix.length;

/**
 * One training session as published: what a calendar shows, and nothing about who
 * attended. Times are local — the day and wall-clock times in the district's time zone,
 * like the domain's training session — so every reader expands them in that zone.
 * Unknown properties are dropped, so the worker may add some without breaking older sites.
 */
export const programmeSessionSchema = z
  .object({
    /** Stable id of the session in the workspace; never reused. */
    id: idSchema.max(MAX_SESSION_ID, { error: "id.invalid" }),
    /** Expert talk or workshop. */
    kind: sessionKindSchema,
    /** Curriculum module it belongs to (an id of the district's `curriculum.modules`). */
    module: idSchema,
    /** Title as announced, in German (the workspace keeps one title). */
    title: z.string().trim().min(1).max(200),
    /** Local calendar day, in the district's time zone. */
    date: isoDateSchema,
    /** Local start time `HH:MM`. */
    start: localTimeSchema,
    /** Local end time `HH:MM`, after the start (same day). */
    end: localTimeSchema,
    /** Where it takes place; null while the place is not yet known. */
    location: z.string().trim().min(1).max(200).nullable(),
    /** A cancelled session stays published, so calendars learn of the cancellation. */
    cancelled: z.boolean(),
    /**
     * The calendar SEQUENCE: rises with every change a calendar shows (day, time, place,
     * title, cancellation) and only then. Readers publish it as it is.
     */
    sequence: z.number().int().min(0),
    /** When the session was last changed (an instant, e.g. `2026-11-20T09:15:00.000Z`). */
    updatedAt: isoDateTimeSchema,
  })
  .refine((s) => s.start < s.end, { error: "session.endBeforeStart", path: ["end"] });

export type ProgrammeSession = z.output<typeof programmeSessionSchema>;

/** The answer of `PROGRAMME_SESSIONS.endpoint`: every session, in calendar order. */
export const programmeSessionsAnswerSchema = z.object({
  /** Past, upcoming and cancelled sessions alike, by date, start time and id. */
  sessions: z.array(programmeSessionSchema),
});

export type ProgrammeSessionsAnswer = z.output<typeof programmeSessionsAnswerSchema>;

/**
 * The programme event id of a session: the calendar UID is `<this id>@<district domain>`
 * and never changes, whatever else about the session does.
 *
 * @example
 * programmeSessionEventId("3f2a9c1e-…") //=> "schulung-3f2a9c1e-…"
 */
export function programmeSessionEventId(sessionId: string): string {
  return `${PROGRAMME_SESSIONS.eventIdPrefix}${sessionId}`;
}
