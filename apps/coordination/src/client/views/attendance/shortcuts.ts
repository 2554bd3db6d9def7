import { type AttendanceMark, attendanceStatusSchema } from "../../../shared/api.js";
import type { Translate } from "../../i18n/use-i18n.js";

/**
 * The single-key shortcuts of the attendance list, per UI language (German A/E/F for
 * anwesend/entschuldigt/fehlt, English P/E/A), from the message catalogue so that the
 * page documents the same keys it reacts to.
 */
export function shortcutKeys(t: Translate): Map<string, AttendanceMark> {
  return new Map(
    attendanceStatusSchema.options.map((mark) => [t(`attendance.key.${mark}`).toLowerCase(), mark]),
  );
}
