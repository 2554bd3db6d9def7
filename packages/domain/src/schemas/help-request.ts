import { z } from "zod";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  languageTagSchema,
  localTimeSchema,
  weekdaySchema,
} from "./common.js";

/**
 * A time the person asking for help can make: either a concrete day or a weekday, each
 * with a window in local time.
 */
export const timePreferenceSchema = z
  .union([
    z.object({ date: isoDateSchema, from: localTimeSchema, to: localTimeSchema }),
    z.object({ weekday: weekdaySchema, from: localTimeSchema, to: localTimeSchema }),
  ])
  .refine((t) => t.from < t.to, { error: "time.range", path: ["to"] });
export type TimePreference = z.output<typeof timePreferenceSchema>;

/**
 * A help request as coordinators work with it. It deliberately holds no health details
 * (a doctor visit is "doctor visit, language, date" — Art. 9 GDPR would apply otherwise)
 * and no contact data: those stay with the stored submission.
 */
export const helpRequestSchema = z.object({
  /** Stable id. */
  id: idSchema,
  /** Request category id from the district's catalogue. */
  category: idSchema,
  /** Languages the person speaks, most preferred first. */
  languages: z.array(languageTagSchema).min(1, { error: "languages.required" }),
  /** Municipality id where the help is needed. */
  municipality: idSchema,
  /** Times that suit; empty means "flexible". */
  preferredTimes: z.array(timePreferenceSchema).default([]),
  /** A few words on the situation — no health details. */
  description: z.string().trim().max(500, { error: "description.tooLong" }).default(""),
  /** Coordination point responsible for it. */
  coordinationPoint: idSchema.optional(),
  /** When it was received. */
  receivedAt: isoDateTimeSchema,
});
export type HelpRequest = z.output<typeof helpRequestSchema>;
export type HelpRequestInput = z.input<typeof helpRequestSchema>;
