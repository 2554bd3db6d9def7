import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { coordinatorListQuery } from "../../api/coordinators.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Badge } from "../../ui/Badge.js";
import { DataTable } from "../../ui/DataTable.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";

/** Who may use the workspace, and for which coordination points (administrators). */
export function CoordinatorListView() {
  const { t } = useI18n();
  const coordinators = useQuery(coordinatorListQuery);
  const list = coordinators.data?.coordinators ?? [];
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("coordinators.title")}>{t("coordinators.title")}</PageHeading>
      <p>
        <Link to="/koordinierende/neu" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("coordinators.new")}</span>
        </Link>
      </p>
      {coordinators.isPending ? <Loading /> : null}
      {coordinators.isError ? (
        <ErrorState error={coordinators.error} retry={() => void coordinators.refetch()} />
      ) : null}
      {coordinators.data ? (
        <DataTable
          captionId="coordinators-caption"
          caption={
            <>
              {t("coordinators.caption")} ({list.length})
            </>
          }
          columns={[
            { label: t("coordinator.displayName") },
            { label: t("coordinator.email") },
            { label: t("coordinator.role") },
            { label: t("coordinator.points") },
            { label: t("coordinator.active") },
          ]}
        >
          {list.map((c) => (
            <tr className="kern-table__row" key={c.id}>
              <th scope="row" className="kern-table__cell">
                <Link
                  to="/koordinierende/$coordinatorId"
                  params={{ coordinatorId: c.id }}
                  className="kern-link"
                >
                  {c.displayName}
                </Link>
              </th>
              <td className="kern-table__cell">{c.email}</td>
              <td className="kern-table__cell">{t(`role.${c.role}`)}</td>
              <td className="kern-table__cell">
                {c.role === "administrator"
                  ? t("coordinator.allPoints")
                  : c.points.map(pointName).join(", ")}
              </td>
              <td className="kern-table__cell">
                <Badge
                  kind={c.active ? "success" : "warning"}
                  label={c.active ? t("coordinator.isActive") : t("coordinator.isInactive")}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
