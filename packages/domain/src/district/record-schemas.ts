import type { z } from "zod";
import { attendanceListSchema } from "../schemas/attendance.js";
import { helpRequestFormSchemaWith, volunteerSignupSchemaWith } from "../schemas/forms.js";
import { helpRequestSchemaWith } from "../schemas/help-request.js";
import { trainingSessionSchemaWith } from "../schemas/training-session.js";
import { volunteerSchemaWith } from "../schemas/volunteer.js";
import { formListLimitsFor } from "./form-schemas.js";
import { type DistrictReferences, referencesFor } from "./references.js";

/**
 * The schemas of a district's records and forms, narrowed to what the district has: a
 * volunteer's municipalities, categories and languages, a session's module, a help
 * request's category, municipality and coordination point must exist in the district,
 * and attendance must name sessions that exist
 * (see `referencesFor`). Validate with these wherever records enter — the workspace's API,
 * imports, the forms — so that nothing is accepted that matching or certification would
 * then silently leave out. Every problem is reported in one round, at its field.
 *
 * @example
 * const schemas = schemasFor(alzeyWorms());
 * parseWith(schemas.volunteer, { ...volunteer, municipalities: ["mainz"] }).issues[0]?.field
 * //=> "municipalities.0"
 */
export function schemasFor(district: DistrictReferences) {
  const references = referencesFor(district);
  const limits = formListLimitsFor(district);
  return {
    /** A volunteer of this district. */
    volunteer: volunteerSchemaWith(references),
    /** A training session of this district's curriculum. */
    trainingSession: trainingSessionSchemaWith(references),
    /**
     * Attendance records of the given sessions: a record naming any other session is an
     * error at its `sessionId` (most likely a typo). The evaluation checks the same.
     */
    attendanceListFor: (sessions: readonly { readonly id: string }[]) => {
      const known = new Set(sessions.map((s) => s.id));
      return attendanceListSchema.superRefine((records, ctx) => {
        records.forEach((record, index) => {
          if (!known.has(record.sessionId))
            ctx.addIssue({
              code: "custom",
              message: "certification.unknownSession",
              path: [index, "sessionId"],
              params: { id: record.sessionId },
              input: record.sessionId,
            });
        });
      });
    },
    /** A help request in this district. */
    helpRequest: helpRequestSchemaWith(references),
    /** The public volunteer sign-up form of this district. */
    volunteerSignup: volunteerSignupSchemaWith(references, limits),
    /** The public help request form of this district. */
    helpRequestForm: helpRequestFormSchemaWith(references),
  };
}

/** The schemas `schemasFor` returns. */
export type DistrictSchemas = ReturnType<typeof schemasFor>;

/** A volunteer record as `schemasFor(district).volunteer` accepts it. */
export type DistrictVolunteerInput = z.input<DistrictSchemas["volunteer"]>;
