import type { AttendanceEntry, AttendanceMark } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { TableScroll } from "../../ui/TableScroll.js";
import { AttendanceRow } from "./AttendanceRow.js";
import { shortcutKeys } from "./shortcuts.js";

interface AttendanceTableProps {
  entries: readonly AttendanceEntry[];
  marks: ReadonlyMap<string, AttendanceMark | null>;
  saved: ReadonlyMap<string, AttendanceMark | null>;
  setMark: (volunteerId: string, mark: AttendanceMark) => void;
  focusRow: (index: number) => void;
  rowRef: (index: number, row: HTMLTableRowElement | null) => void;
}

/** The list as a table: one row per volunteer, each with its radio group. */
export function AttendanceTable({
  entries,
  marks,
  saved,
  setMark,
  focusRow,
  rowRef,
}: AttendanceTableProps) {
  const { t } = useI18n();
  const keys = shortcutKeys(t);
  return (
    <TableScroll captionId="attendance-caption">
      <table className="kern-table attendance-table">
        <caption className="kern-title" id="attendance-caption">
          {t("attendance.caption", { count: entries.length })}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("attendance.person")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("attendance.mark")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {entries.map((entry, index) => (
            <AttendanceRow
              key={entry.volunteerId}
              entry={entry}
              mark={marks.get(entry.volunteerId) ?? null}
              changed={
                (marks.get(entry.volunteerId) ?? null) !== (saved.get(entry.volunteerId) ?? null)
              }
              keys={keys}
              rowRef={(row) => rowRef(index, row)}
              onMark={(mark, advance) => {
                setMark(entry.volunteerId, mark);
                if (advance) focusRow(Math.min(index + 1, entries.length - 1));
              }}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
