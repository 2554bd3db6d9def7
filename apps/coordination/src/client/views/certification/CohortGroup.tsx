import { Link } from "@tanstack/react-router";
import type { CohortEntry, CohortGroupName } from "../../../shared/api.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { CertificateStateBadge } from "../../ui/CertificateStateBadge.js";
import { DataTable } from "../../ui/DataTable.js";
import { VolunteerStatusBadge } from "../../ui/VolunteerStatusBadge.js";

/** One group of the cohort as a table, with what is missing and a link to each volunteer. */
export function CohortGroup({
  group,
  entries,
  count,
}: {
  group: CohortGroupName;
  entries: readonly CohortEntry[];
  /** How many are in the group; more than `entries` when only the first are listed. */
  count: number;
}) {
  const { t, locale } = useI18n();
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const headingId = `cohort-${group}`;
  return (
    <section className="kern-stack-sm" aria-labelledby={headingId}>
      <h2 className="kern-heading-medium" id={headingId}>
        {t(`cohort.group.${group}`)} ({count})
      </h2>
      {count > entries.length ? (
        <p className="kern-body">
          {t("cohort.firstListed", { shown: entries.length, count })}{" "}
          <Link to="/ehrenamtliche" className="kern-link">
            {t("cohort.toRoster")}
          </Link>
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="kern-body">{t("cohort.empty")}</p>
      ) : (
        <DataTable
          captionId={`${headingId}-caption`}
          caption={t(`cohort.group.${group}`)}
          captionHidden
          columns={[
            { label: t("volunteers.name") },
            { label: t("volunteers.status") },
            { label: t("cohort.progress"), align: "numeric" },
            { label: t("cohort.missing") },
            { label: t("cohort.certificate") },
          ]}
        >
          {entries.map((e) => (
            <tr className="kern-table__row" key={e.volunteerId}>
              <th scope="row" className="kern-table__cell">
                <Link
                  to="/ehrenamtliche/$volunteerId"
                  params={{ volunteerId: e.volunteerId }}
                  className="kern-link"
                >
                  {e.displayName}
                </Link>
                <span className="cell-note">{pointName(e.coordinationPoint)}</span>
              </th>
              <td className="kern-table__cell">
                <VolunteerStatusBadge status={e.volunteerStatus} />
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {percent.format(e.progress)}
              </td>
              <td className="kern-table__cell">
                {e.missing.length === 0 ? (
                  t("cohort.nothingMissing")
                ) : (
                  <ul className="kern-list kern-list--small">
                    {e.missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="kern-table__cell">
                {e.certificate ? (
                  <>
                    {e.certificate.number} <CertificateStateBadge state={e.certificate.state} />
                  </>
                ) : (
                  t("cohort.noCertificate")
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
