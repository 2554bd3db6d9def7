import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";
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
    <DataTable
      captionId={captionId}
      caption={caption}
      className="kern-table--small report-table"
      columns={[
        { label: keyHeader },
        { label: t("report.count"), align: "numeric" },
        { label: t("report.share"), align: "numeric" },
      ]}
    >
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
    </DataTable>
  );
}
