import * as z from "zod";
import { closedObject } from "./closed-object.js";
import { idSchema, isoDateSchema, isoDateTimeSchema, weeklySlotSchema } from "./common.js";
import { languageSkillSchemaWith } from "./language-skill.js";
import { OPEN_REFERENCES, type ReferenceSchemas } from "./references.js";

/**
 * Where a volunteer stands. `applicant` has signed up, `in_training` attends expert talks
 * and workshops, `certified` may take assignments, `paused` is temporarily unavailable,
 * `retired` has left the programme (kept only as long as retention allows).
 */
export const volunteerStatusSchema = z.enum(
  ["applicant", "in_training", "certified", "paused", "retired"],
  { error: "volunteerStatus.invalid" },
);
export type VolunteerStatus = z.output<typeof volunteerStatusSchema>;

/** One assignment a volunteer took, used to spread work fairly. */
export const assignmentRecordSchema = closedObject({
  /** The help request the volunteer accompanied. */
  requestId: idSchema,
  /** When the assignment was made. */
  at: isoDateTimeSchema,
});
export type AssignmentRecord = z.output<typeof assignmentRecordSchema>;

/**
 * That an extended certificate of good conduct (erweitertes Führungszeugnis) was *seen*.
 * The document itself is never stored — only the date it was seen and the outcome.
 */
export const goodConductCheckSchema = closedObject({
  /** The day a coordinator saw the certificate. */
  seenOn: isoDateSchema,
  /** Whether it contained no relevant entries. */
  clear: z.boolean(),
});
export type GoodConductCheck = z.output<typeof goodConductCheckSchema>;

/**
 * A volunteer record whose references (municipalities, categories, languages) are checked
 * by `references`; `volunteerSchema` is the open one, `schemasFor(district).volunteer` the
 * one narrowed to a district.
 */
export function volunteerSchemaWith(references: ReferenceSchemas) {
  return closedObject({
    /** Stable id of the volunteer record. */
    id: idSchema,
    /** Name as the volunteer wants to be addressed by coordinators. */
    displayName: z.string().trim().min(1).max(120),
    /** Position in the programme. */
    status: volunteerStatusSchema,
    /** Languages spoken, with level. At least one. */
    languages: z
      .array(languageSkillSchemaWith(references.spokenLanguage))
      .min(1, { error: "languages.required" }),
    /** Request category ids the volunteer is willing to cover. */
    categories: z.array(references.category),
    /** Municipality ids (from the district configuration) the volunteer serves. */
    municipalities: z.array(references.municipality).min(1, { error: "municipalities.required" }),
    /** Weekly availability in local time. Empty means "not stated". */
    availability: z.array(weeklySlotSchema).default([]),
    /** Number of the certificate the volunteer holds, if any. */
    certificateNumber: z.string().optional(),
    /** End of validity of that certificate (inclusive), if it expires. */
    certificateValidUntil: isoDateSchema.optional(),
    /** Extended certificate of good conduct, when one was seen. */
    goodConduct: goodConductCheckSchema.optional(),
    /** Assignments taken so far (only the dates matter for fairness). */
    assignments: z.array(assignmentRecordSchema).default([]),
  });
}

export const volunteerSchema = volunteerSchemaWith(OPEN_REFERENCES);
export type Volunteer = z.output<typeof volunteerSchema>;
export type VolunteerInput = z.input<typeof volunteerSchema>;
