import * as z from "zod";
import { closedObject } from "./closed-object.js";
import { idSchema, isoDateSchema, localTimeSchema } from "./common.js";
import { OPEN_REFERENCES, type ReferenceSchemas } from "./references.js";

/**
 * The two formats of the training: an expert talk ("Fachvortrag") given by a specialist,
 * and a workshop where volunteers practise. The press release names both as the basis of
 * certification.
 */
export const sessionKindSchema = z.enum(["expert_talk", "workshop"], {
  error: "sessionKind.invalid",
});
export type SessionKind = z.output<typeof sessionKindSchema>;

/**
 * A training session whose module is checked by `references.module` (open in
 * `trainingSessionSchema`, narrowed to the district's curriculum in `schemasFor`).
 *
 * Times are local: a calendar day and wall-clock times in the district's time zone — the
 * same model as a programme date (`{ type: "single", date, start, end }`), so a session
 * is a calendar entry as it stands and nobody works out `+01:00` or `+02:00` by hand.
 * The evaluation turns them into instants with the district's `timeZone`.
 */
export function trainingSessionSchemaWith(references: Pick<ReferenceSchemas, "module">) {
  return closedObject({
    /** Stable id of the session. */
    id: idSchema,
    /** Expert talk or workshop. */
    kind: sessionKindSchema,
    /** Curriculum module this session belongs to (e.g. `behoerden`, `antraege`). */
    module: references.module,
    /** Title as announced. */
    title: z.string().trim().min(1).max(200),
    /** Local calendar day, in the district's time zone. */
    date: isoDateSchema,
    /** Local start time `HH:MM`. */
    start: localTimeSchema,
    /** Local end time `HH:MM`, after the start (same day). */
    end: localTimeSchema,
    /** Where it takes place. */
    location: z.string().trim().min(1).max(200).optional(),
    /** A cancelled session is not part of the curriculum anybody could attend. */
    cancelled: z.boolean().default(false),
  }).refine((s) => s.start < s.end, { error: "session.endBeforeStart", path: ["end"] });
}

export const trainingSessionSchema = trainingSessionSchemaWith(OPEN_REFERENCES);
export type TrainingSession = z.output<typeof trainingSessionSchema>;
export type TrainingSessionInput = z.input<typeof trainingSessionSchema>;
