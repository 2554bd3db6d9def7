import { Link } from "@tanstack/react-router";
import { attendanceStatusSchema, type SessionRecord } from "../../../shared/api.js";
import { formatDay } from "../../format/dates.js";
import { moduleLabel } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Badge } from "../../ui/Badge.js";
import { DataTable } from "../../ui/DataTable.js";
import { CancelSession } from "./CancelSession.js";

/** Sessions by date, with the links to edit them and to take attendance. */
export function SessionTable({ sessions }: { sessions: readonly SessionRecord[] }) {
  const { t, locale } = useI18n();
  if (sessions.length === 0) return <p className="kern-body">{t("sessions.none")}</p>;
  const sorted = [...sessions].sort((a, b) =>
    `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`),
  );
  return (
    <DataTable
      captionId="sessions-caption"
      caption={
        <>
          {t("sessions.caption")} ({sessions.length})
        </>
      }
      columns={[
        { label: t("sessions.date") },
        { label: t("sessions.sessionTitle") },
        { label: t("sessions.kindAndModule") },
        { label: t("sessions.location") },
        { label: t("sessions.attendance") },
        { label: t("sessions.actions") },
      ]}
    >
      {sorted.map((s) => (
        <tr className="kern-table__row" key={s.id}>
          <td className="kern-table__cell">
            {formatDay(s.date, locale)}
            <span className="cell-note">
              {s.start}–{s.end}
            </span>
          </td>
          <th scope="row" className="kern-table__cell">
            {s.title}
            {s.cancelled ? (
              <span className="cell-note">
                <Badge kind="danger" label={t("sessions.cancelled")} />
              </span>
            ) : null}
          </th>
          <td className="kern-table__cell">
            {t(`sessionKind.${s.kind}`)}
            <span className="cell-note">{moduleLabel(s.module, locale)}</span>
          </td>
          <td className="kern-table__cell">{s.location ?? ""}</td>
          <td className="kern-table__cell">
            <ul className="count-lines">
              {attendanceStatusSchema.options.map((mark) => (
                <li key={mark}>
                  {t(`attendanceStatus.${mark}`)}: {s.attendance[mark]}
                </li>
              ))}
            </ul>
          </td>
          <td className="kern-table__cell">
            <ul className="action-list">
              <li>
                <Link
                  to="/termine/$sessionId/anwesenheit"
                  params={{ sessionId: s.id }}
                  className="kern-link"
                  aria-label={t("sessions.takeAttendanceFor", { title: s.title })}
                >
                  {t("sessions.takeAttendance")}
                </Link>
              </li>
              {s.cancelled ? null : (
                <>
                  <li>
                    <Link
                      to="/termine/$sessionId/bearbeiten"
                      params={{ sessionId: s.id }}
                      className="kern-link"
                      aria-label={t("sessions.editFor", { title: s.title })}
                    >
                      {t("sessions.edit")}
                    </Link>
                  </li>
                  <li>
                    <CancelSession session={s} />
                  </li>
                </>
              )}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
