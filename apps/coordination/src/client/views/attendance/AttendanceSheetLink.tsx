import { attendanceSheetPath } from "../../api/sessions.js";
import { useI18n } from "../../i18n/use-i18n.js";

/** The session's attendance list as a PDF to print and sign on the day. */
export function AttendanceSheetLink({
  sessionId,
  everyone = false,
}: {
  sessionId: string;
  everyone?: boolean;
}) {
  const { t } = useI18n();
  return (
    <a
      className="kern-btn kern-btn--tertiary"
      href={attendanceSheetPath(sessionId, everyone)}
      target="_blank"
      rel="noopener"
    >
      <span className="kern-icon kern-icon--download" aria-hidden="true" />
      <span className="kern-label">{t("attendance.sheet")}</span>
    </a>
  );
}
