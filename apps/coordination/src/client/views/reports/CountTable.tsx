import { useI18n } from "../../i18n/use-i18n.js";
import { TableScroll } from "../../ui/TableScroll.js";
import { formatCount, formatShare } from "./report-figures.js";

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** One dimension of the year's requests: a label per row, its count and share. */
export function CountTable({
  id,
  caption,
  keyHeader,
  rows,
  total,
}: {
  id: string;
  caption: string;
  /** The header of the first column (what the rows are: „Gemeinde“). */
  keyHeader: string;
  rows: readonly CountRow[];
  /** The whole the shares are of: the requests received. */
  total: number;
}) {
  const { t, locale } = useI18n();
  const captionId = `${id}-caption`;
  return (
    <TableScroll captionId={captionId}>
      <table className="kern-table kern-table--small report-table">
        <caption className="kern-title" id={captionId}>
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {keyHeader}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t("report.count")}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t("report.share")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr className="kern-table__row" key={row.key}>
              <th scope="row" className="kern-table__cell">
                {row.label}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatCount(row.count, locale)}
              </td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatShare(row.count, total, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
