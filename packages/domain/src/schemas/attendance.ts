import * as z from "zod";
import { genericKey } from "../i18n/issues.js";
import { idSchema, isId } from "./common.js";

/** Whether a volunteer was at a session. A session without a record counts as `absent`. */
export const attendanceStatusSchema = z.enum(["present", "excused", "absent"], {
  error: "attendanceStatus.invalid",
});
export type AttendanceStatus = z.output<typeof attendanceStatusSchema>;

export const attendanceSchema = z.object({
  /** The volunteer. */
  volunteerId: idSchema,
  /** The training session. */
  sessionId: idSchema,
  /** Present, excused or absent. */
  status: attendanceStatusSchema,
});
export type Attendance = z.output<typeof attendanceSchema>;

const attendanceArraySchema = z.array(attendanceSchema);
const STATUSES = new Set<unknown>(attendanceStatusSchema.options);

/**
 * A list of attendance records. Cohorts bring millions of records (10,000 volunteers ×
 * 200 sessions), and generic validation of each object dominated the evaluation time
 * (≈ 600 ms of ≈ 660 ms, see bench/certification.mjs). Records are therefore checked
 * by hand first — with exactly the rules of {@link attendanceSchema} — and only a list
 * with a problem goes through zod, which then reports every issue with its path.
 */
export const attendanceListSchema = z
  .custom<z.input<typeof attendanceArraySchema>>(() => true)
  .transform((list, ctx): Attendance[] => {
    if (Array.isArray(list)) {
      const records: Attendance[] = new Array(list.length);
      let valid = true;
      for (let i = 0; i < list.length; i++) {
        const record: unknown = list[i];
        if (typeof record !== "object" || record === null) {
          valid = false;
          break;
        }
        const { volunteerId, sessionId, status } = record as Record<string, unknown>;
        if (!isId(volunteerId) || !isId(sessionId) || !STATUSES.has(status)) {
          valid = false;
          break;
        }
        // A fresh object, as zod would return: unknown keys are dropped.
        records[i] = { volunteerId, sessionId, status: status as AttendanceStatus };
      }
      if (valid) return records;
    }
    const result = attendanceArraySchema.safeParse(list, { error: genericKey });
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  });
