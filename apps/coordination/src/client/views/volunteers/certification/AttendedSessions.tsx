import type { CertificationProgress } from "../../../../shared/api.js";
import { formatDay } from "../../../format/dates.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { DataTable } from "../../../ui/DataTable.js";

/** The sessions the volunteer was marked for, with the mark in words. */
export function AttendedSessions({ attended }: { attended: CertificationProgress["attended"] }) {
  const { t, locale } = useI18n();
  if (attended.length === 0) return <p className="kern-body">{t("certification.noAttendance")}</p>;
  return (
    <DataTable
      captionId="attended-caption"
      caption={t("certification.attended")}
      className="kern-table--small"
      columns={[
        { label: t("sessions.date") },
        { label: t("sessions.sessionTitle") },
        { label: t("attendance.mark") },
      ]}
    >
      {attended.map((a) => (
        <tr className="kern-table__row" key={a.sessionId}>
          <td className="kern-table__cell">{formatDay(a.date, locale)}</td>
          <th scope="row" className="kern-table__cell">
            {a.title}
          </th>
          <td className="kern-table__cell">{t(`attendanceStatus.${a.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
