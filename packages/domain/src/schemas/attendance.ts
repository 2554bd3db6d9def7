import { z } from "zod";
import { idSchema } from "./common.js";

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
