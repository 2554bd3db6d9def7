import type { AuditEntry } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";

/** The entries of the log: when, who, what, which record, and the non-personal details. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, locale, label } = useI18n();
  if (entries.length === 0) return <p className="kern-body">{t("audit.none")}</p>;
  return (
    <DataTable
      captionId="audit-caption"
      caption={t("audit.caption", { count: entries.length })}
      className="kern-table--small"
      columns={[
        { label: t("audit.at") },
        { label: t("audit.actor") },
        { label: t("audit.action") },
        { label: t("audit.recordTypeColumn") },
        { label: t("audit.recordId") },
        { label: t("audit.detail") },
      ]}
    >
      {entries.map((e) => (
        <tr className="kern-table__row" key={e.id}>
          <th scope="row" className="kern-table__cell">
            {formatInstant(e.at, locale)}
          </th>
          <td className="kern-table__cell">{e.actorName ?? e.actorId}</td>
          <td className="kern-table__cell">{t(`audit.action.${e.action}`)}</td>
          <td className="kern-table__cell">{t(`audit.recordType.${e.recordType}`)}</td>
          <td className="kern-table__cell mono">{e.recordId ?? ""}</td>
          <td className="kern-table__cell">
            {e.detail
              ? Object.entries(e.detail)
                  .map(([k, v]) => `${label("audit.detailKey.", k)}: ${String(v)}`)
                  .join(", ")
              : ""}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
