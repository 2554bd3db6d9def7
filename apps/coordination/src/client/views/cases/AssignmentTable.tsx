import type { CaseDetail } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";
import { VolunteerName } from "./VolunteerName.js";

/** Everyone asked for the case and what became of it. */
export function AssignmentTable({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const assignments = detail.assignments;
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="assignments-title">
      <h2 className="kern-heading-medium" id="assignments-title">
        {t("assignments.title")}
      </h2>
      {assignments.length === 0 ? (
        <p className="kern-body">{t("assignments.none")}</p>
      ) : (
        <DataTable
          captionId="assignments-caption"
          caption={t("assignments.caption", { count: assignments.length })}
          className="kern-table--small"
          columns={[
            { label: t("assignments.volunteer") },
            { label: t("assignments.state") },
            { label: t("assignments.offeredAt") },
            { label: t("assignments.answer") },
            { label: t("assignments.reason") },
            { label: t("assignments.followUp") },
          ]}
        >
          {assignments.map((a) => (
            <tr className="kern-table__row" key={a.id}>
              <th scope="row" className="kern-table__cell">
                <VolunteerName volunteer={a.volunteer} />
              </th>
              <td className="kern-table__cell">{t(`assignmentState.${a.state}`)}</td>
              <td className="kern-table__cell">{formatInstant(a.offeredAt, locale)}</td>
              <td className="kern-table__cell">
                {a.answeredAt
                  ? formatInstant(a.answeredAt, locale)
                  : a.state === "offered"
                    ? t("assignments.until", { date: formatInstant(a.expiresAt, locale) })
                    : ""}
              </td>
              <td className="kern-table__cell">
                {a.declineReason ? t(`volunteerDeclineReason.${a.declineReason}`) : ""}
              </td>
              <td className="kern-table__cell">{a.followUp ? t(`followUp.${a.followUp}`) : ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
