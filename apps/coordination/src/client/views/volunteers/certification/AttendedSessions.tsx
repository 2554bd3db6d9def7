import type { CertificationProgress } from "../../../../shared/api.js";
import { formatDay } from "../../../format/dates.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { TableScroll } from "../../../ui/TableScroll.js";

/** The sessions the volunteer was marked for, with the mark in words. */
export function AttendedSessions({ attended }: { attended: CertificationProgress["attended"] }) {
  const { t, locale } = useI18n();
  if (attended.length === 0) return <p className="kern-body">{t("certification.noAttendance")}</p>;
  return (
    <TableScroll captionId="attended-caption">
      <table className="kern-table kern-table--small">
        <caption className="kern-title" id="attended-caption">
          {t("certification.attended")}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("sessions.date")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("sessions.sessionTitle")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("attendance.mark")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {attended.map((a) => (
            <tr className="kern-table__row" key={a.sessionId}>
              <td className="kern-table__cell">{formatDay(a.date, locale)}</td>
              <th scope="row" className="kern-table__cell">
                {a.title}
              </th>
              <td className="kern-table__cell">{t(`attendanceStatus.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
