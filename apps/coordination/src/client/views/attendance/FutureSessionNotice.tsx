import type { SessionRecord } from "../../../shared/api.js";
import { formatDay } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { AttendanceSheetLink } from "./AttendanceSheetLink.js";

/**
 * Instead of the list for a session still to come: the Worker takes attendance from the
 * session's day on (409 `session_in_future` before). The printable list is there already.
 */
export function FutureSessionNotice({ session }: { session: SessionRecord }) {
  const { t, locale } = useI18n();
  return (
    <div className="kern-stack-md">
      <Alert kind="info" title={t("attendance.futureTitle")}>
        <p className="kern-body">
          {t("attendance.futureText", { date: formatDay(session.date, locale) })}
        </p>
      </Alert>
      <div className="button-row">
        <AttendanceSheetLink sessionId={session.id} />
      </div>
    </div>
  );
}
