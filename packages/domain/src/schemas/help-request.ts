import * as z from "zod";
import { closedObject } from "./closed-object.js";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  localTimeSchema,
  weekdaySchema,
} from "./common.js";
import { OPEN_REFERENCES, type ReferenceSchemas } from "./references.js";

/**
 * A time the person asking for help can make: either a concrete day or a weekday, each
 * with a window in local time.
 */
export const timePreferenceSchema = z
  .union([
    closedObject({ date: isoDateSchema, from: localTimeSchema, to: localTimeSchema }),
    closedObject({ weekday: weekdaySchema, from: localTimeSchema, to: localTimeSchema }),
  ])
  .refine((t) => t.from < t.to, { error: "time.range", path: ["to"] });
export type TimePreference = z.output<typeof timePreferenceSchema>;

/**
 * A help request as coordinators work with it. It deliberately holds no health details
 * (a doctor visit is "doctor visit, language, date" — Art. 9 GDPR would apply otherwise)
 * and no contact data: those stay with the stored submission. Its references are checked
 * by `references` (see `volunteerSchemaWith`).
 */
export function helpRequestSchemaWith(references: ReferenceSchemas) {
  return closedObject({
    /** Stable id. */
    id: idSchema,
    /** Request category id from the district's catalogue. */
    category: references.category,
    /** Languages the person speaks, most preferred first. */
    languages: z.array(references.requestedLanguage).min(1, { error: "languages.required" }),
    /** Municipality id where the help is needed. */
    municipality: references.municipality,
    /** Times that suit; empty means "flexible". */
    preferredTimes: z.array(timePreferenceSchema).default([]),
    /** A few words on the situation — no health details. */
    description: z.string().trim().max(500, { error: "description.tooLong" }).default(""),
    /** Coordination point responsible for it. */
    coordinationPoint: references.coordinationPoint.optional(),
    /** When it was received. */
    receivedAt: isoDateTimeSchema,
  });
}

export const helpRequestSchema = helpRequestSchemaWith(OPEN_REFERENCES);
export type HelpRequest = z.output<typeof helpRequestSchema>;
export type HelpRequestInput = z.input<typeof helpRequestSchema>;
