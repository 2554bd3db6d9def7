import type { ReactNode } from "react";
import { TableScroll } from "./TableScroll.js";

/** A column of a {@link DataTable}: its header and how its cells align (KERN modifiers). */
export interface Column {
  readonly label: ReactNode;
  readonly align?: "numeric" | "action";
}

interface DataTableProps {
  /** The caption's id; the scroll region is named after it. */
  captionId: string;
  caption: ReactNode;
  /** Only for screen readers: a heading above already names the table. */
  captionHidden?: boolean;
  /** More classes for the table (`kern-table--small`, `report-table`, …). */
  className?: string;
  /** The column headers; `false` leaves a column out (one that applies only sometimes). */
  columns: readonly (Column | false)[];
  /** The rows (`<tr className="kern-table__row">`). */
  children: ReactNode;
  /** Rows of a footer (totals). */
  footer?: ReactNode;
}

const HEADER_ALIGN = {
  numeric: " kern-table__header--numeric",
  action: " kern-table__header--action",
} as const;

/**
 * A KERN table in its scroll region: the caption, one header row of `scope="col"`
 * headers, the rows as children. Every table of the workspace has this shell; only
 * the rows are its own.
 */
export function DataTable({
  captionId,
  caption,
  captionHidden = false,
  className,
  columns,
  children,
  footer,
}: DataTableProps) {
  return (
    <TableScroll captionId={captionId}>
      <table className={className ? `kern-table ${className}` : "kern-table"}>
        <caption className={captionHidden ? "kern-sr-only" : "kern-title"} id={captionId}>
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns
              .filter((column): column is Column => column !== false)
              .map((column, index) => (
                <th
                  // The columns of a table are fixed: their position is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  key={index}
                  scope="col"
                  className={`kern-table__header${column.align ? HEADER_ALIGN[column.align] : ""}`}
                >
                  {column.label}
                </th>
              ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">{children}</tbody>
        {footer ? <tfoot className="kern-table__footer">{footer}</tfoot> : null}
      </table>
    </TableScroll>
  );
}
