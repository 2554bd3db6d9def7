import * as z from "zod";
import { timeZoneSchema } from "../district/schema.js";
import { attendanceListSchema } from "../schemas/attendance.js";
import { idSchema, isoDateTimeSchema, localizedTextSchema } from "../schemas/common.js";
import { trainingSessionSchema } from "../schemas/training-session.js";
import { certificationPolicySchema } from "./policy.js";

/**
 * Session ids must be unique: attendance refers to sessions by id, so two sessions with
 * one id would make a record ambiguous.
 */
const sessionsSchema = z.array(trainingSessionSchema).superRefine((sessions, ctx) => {
  const seen = new Set<string>();
  sessions.forEach((session, index) => {
    if (seen.has(session.id)) {
      ctx.addIssue({
        code: "custom",
        message: "certification.duplicateSession",
        path: [index, "id"],
        params: { id: session.id },
        input: session.id,
      });
    }
    seen.add(session.id);
  });
});

/** What is shared by the evaluation of one volunteer and of a whole cohort. */
const commonShape = {
  /** The district's certification rules. */
  policy: certificationPolicySchema,
  /** Training sessions offered (cancelled and future ones are allowed and left out). */
  sessions: sessionsSchema,
  /**
   * Attendance records. Records of other volunteers and of sessions outside the
   * curriculum (cancelled, in the future, before the window) are ignored; a record of a
   * session that is not in `sessions` at all is an error (a typo would otherwise go
   * unnoticed); a session without a record counts as absent.
   */
  attendance: attendanceListSchema,
  /** IANA time zone the sessions' local days and times are in: the district's `timeZone`. */
  timeZone: timeZoneSchema,
  /**
   * Labels of the curriculum modules (a district's `curriculum.modules`), so that the
   * sentences name a module by its label, not its id. A module without a label shows its id.
   */
  modules: z.array(z.object({ id: idSchema, label: localizedTextSchema })).default([]),
};

/** The instant of the evaluation; sessions that start later do not count yet. */
const asOfSchema = isoDateTimeSchema;

/**
 * Every required module must be described in `modules` (the district's curriculum), so
 * that what is missing is named by its label, never by a raw id; with `modules` given,
 * every session must name one of them too — the district-narrowed rule of `schemasFor`,
 * applied where sessions and policy meet. Runs beside the other checks, on whatever parts
 * are well-formed.
 */
function checkModules(value: unknown, ctx: z.core.$RefinementCtx): void {
  const { modules, sessions, policy } = value as {
    modules?: unknown;
    sessions?: unknown;
    policy?: { requiredModules?: unknown };
  };
  const known = new Set(
    Array.isArray(modules) ? modules.map((m) => (m as { id?: unknown })?.id) : [],
  );
  const report = (id: unknown, path: (string | number)[]) => {
    if (typeof id === "string" && !known.has(id))
      ctx.addIssue({
        code: "custom",
        message: "district.unknownModule",
        path,
        params: { id },
        input: id,
      });
  };
  if (known.size > 0 && Array.isArray(sessions)) {
    sessions.forEach((session, index) => {
      report((session as { module?: unknown })?.module, ["sessions", index, "module"]);
    });
  }
  const required = policy?.requiredModules;
  if (Array.isArray(required)) {
    required.forEach((id, index) => {
      report(id, ["policy", "requiredModules", index]);
    });
  }
}
const objectInput = {
  when: ({ value }: { value: unknown }) => typeof value === "object" && value !== null,
};

/** Input of `evaluateCertification`: one volunteer. */
export const evaluationRequestSchema = z
  .object({
    ...commonShape,
    /** The volunteer to evaluate. */
    volunteerId: idSchema,
    /** The instant of the evaluation; sessions that start later do not count yet. */
    asOf: asOfSchema,
  })
  .superRefine(checkModules, objectInput);
/** Validated input of `evaluateCertification` (policy defaults filled in). */
export type EvaluationRequest = z.output<typeof evaluationRequestSchema>;
/** Input of `evaluateCertification` as callers write it. */
export type EvaluationRequestInput = z.input<typeof evaluationRequestSchema>;

/** Input of `evaluateCohort`: many volunteers against the same sessions. */
export const cohortEvaluationRequestSchema = z
  .object({
    ...commonShape,
    /** The volunteers to evaluate; a repeated id is evaluated once. */
    volunteerIds: z.array(idSchema),
    /** The instant of the evaluation; sessions that start later do not count yet. */
    asOf: asOfSchema,
  })
  .superRefine(checkModules, objectInput);
/** Validated input of `evaluateCohort`, as `evaluateParsedCohort` expects it. */
export type CohortEvaluationRequest = z.output<typeof cohortEvaluationRequestSchema>;
/** Input of `evaluateCohort` as callers write it. */
export type CohortEvaluationRequestInput = z.input<typeof cohortEvaluationRequestSchema>;
