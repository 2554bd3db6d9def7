import type { AuditEntry } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { TableScroll } from "../../ui/TableScroll.js";

/** The entries of the log: when, who, what, which record, and the non-personal details. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, locale, label } = useI18n();
  if (entries.length === 0) return <p className="kern-body">{t("audit.none")}</p>;
  return (
    <TableScroll captionId="audit-caption">
      <table className="kern-table kern-table--small">
        <caption className="kern-title" id="audit-caption">
          {t("audit.caption", { count: entries.length })}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("audit.at")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("audit.actor")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("audit.action")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("audit.recordTypeColumn")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("audit.recordId")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("audit.detail")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
