import { Link } from "@tanstack/react-router";
import type { RosterEntry } from "../../../shared/api.js";
import { formatInstantDate } from "../../format/dates.js";
import { languageList, municipalityName, pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";
import { VolunteerStatusBadge } from "../../ui/VolunteerStatusBadge.js";

/** One line per volunteer: enough to find someone, no contact data. */
export function RosterTable({
  volunteers,
  caption,
  count,
}: {
  volunteers: readonly RosterEntry[];
  caption: string;
  /** How many are shown of how many match, e.g. „100 von 5.000“. */
  count: string;
}) {
  const { t, locale } = useI18n();
  if (volunteers.length === 0) return <p className="kern-body">{t("volunteers.none")}</p>;
  return (
    <DataTable
      captionId="roster-caption"
      caption={
        <>
          {caption} ({count})
        </>
      }
      columns={[
        { label: t("volunteers.name") },
        { label: t("volunteers.status") },
        { label: t("volunteers.languages") },
        { label: t("volunteers.municipalities") },
        { label: t("volunteers.point") },
        { label: t("volunteers.updated") },
      ]}
    >
      {volunteers.map((v) => (
        <tr className="kern-table__row" key={v.id}>
          <th scope="row" className="kern-table__cell">
            <Link
              to="/ehrenamtliche/$volunteerId"
              params={{ volunteerId: v.id }}
              className="kern-link"
            >
              {v.displayName}
            </Link>
          </th>
          <td className="kern-table__cell">
            <VolunteerStatusBadge status={v.status} />
          </td>
          <td className="kern-table__cell">{languageList(v.languages, locale)}</td>
          <td className="kern-table__cell">{v.municipalities.map(municipalityName).join(", ")}</td>
          <td className="kern-table__cell">{pointName(v.coordinationPoint)}</td>
          <td className="kern-table__cell">{formatInstantDate(v.updatedAt, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
