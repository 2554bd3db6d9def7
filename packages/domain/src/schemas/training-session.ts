import { z } from "zod";
import { idSchema, isoDateTimeSchema } from "./common.js";

/**
 * The two formats of the training: an expert talk ("Fachvortrag") given by a specialist,
 * and a workshop where volunteers practise. The press release names both as the basis of
 * certification.
 */
export const sessionKindSchema = z.enum(["expert_talk", "workshop"], {
  error: "sessionKind.invalid",
});
export type SessionKind = z.output<typeof sessionKindSchema>;

export const trainingSessionSchema = z
  .object({
    /** Stable id of the session. */
    id: idSchema,
    /** Expert talk or workshop. */
    kind: sessionKindSchema,
    /** Curriculum module this session belongs to (e.g. `behoerden`, `kindergeld`). */
    module: idSchema,
    /** Title as announced. */
    title: z.string().trim().min(1).max(200),
    /** Start instant. */
    start: isoDateTimeSchema,
    /** End instant, after the start. */
    end: isoDateTimeSchema,
    /** Where it takes place. */
    location: z.string().trim().min(1).max(200).optional(),
    /** A cancelled session is not part of the curriculum anybody could attend. */
    cancelled: z.boolean().default(false),
  })
  .refine((s) => Date.parse(s.start) < Date.parse(s.end), {
    error: "session.endBeforeStart",
    path: ["end"],
  });
export type TrainingSession = z.output<typeof trainingSessionSchema>;
export type TrainingSessionInput = z.input<typeof trainingSessionSchema>;
