import type { AttendanceEntry, AttendanceMark } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";
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
    <DataTable
      captionId="attendance-caption"
      caption={t("attendance.caption", { count: entries.length })}
      className="attendance-table"
      columns={[{ label: t("attendance.person") }, { label: t("attendance.mark") }]}
    >
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
    </DataTable>
  );
}
