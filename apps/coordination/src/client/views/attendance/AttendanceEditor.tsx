import { useQueryClient } from "@tanstack/react-query";
import { useBlocker } from "@tanstack/react-router";
import { useCallback, useMemo, useRef, useState } from "react";
import type { AttendanceEntry, AttendanceMark, SessionRecord } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { saveAttendance } from "../../api/sessions.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import type { SaveResult } from "../../ui/StatusMessage.js";
import { AttendanceSheetLink } from "./AttendanceSheetLink.js";
import { AttendanceTable } from "./AttendanceTable.js";
import { SaveBar } from "./SaveBar.js";
import { ShortcutHelp } from "./ShortcutHelp.js";

type Marks = ReadonlyMap<string, AttendanceMark | null>;

const marksOf = (entries: readonly AttendanceEntry[]): Marks =>
  new Map(entries.map((e) => [e.volunteerId, e.status]));

/**
 * The editable attendance list. Marks are kept here until saved; the count of unsaved
 * changes is shown in the save bar, and leaving with unsaved changes asks first.
 */
export function AttendanceEditor({
  session,
  entries: initialEntries,
  everyone,
}: {
  session: SessionRecord;
  entries: readonly AttendanceEntry[];
  /** Whether the list has certified and paused volunteers too. */
  everyone: boolean;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState(initialEntries);
  const [saved, setSaved] = useState<Marks>(() => marksOf(initialEntries));
  const [marks, setMarks] = useState<Marks>(() => marksOf(initialEntries));
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);

  const changed = useMemo(
    () =>
      entries.filter(
        (e) => (marks.get(e.volunteerId) ?? null) !== (saved.get(e.volunteerId) ?? null),
      ).length,
    [entries, marks, saved],
  );
  const unmarked = entries.filter((e) => !marks.get(e.volunteerId)).length;

  useBlocker({
    shouldBlockFn: () => changed > 0 && !window.confirm(t("attendance.leaveConfirm")),
    enableBeforeUnload: changed > 0,
  });

  const setMark = useCallback((volunteerId: string, mark: AttendanceMark) => {
    setMarks((current) => new Map(current).set(volunteerId, mark));
    setResult(null);
  }, []);

  /** Focus the mark of a row: its checked radio, or its first one. */
  const focusRow = useCallback((index: number) => {
    const row = rows.current[index];
    const radio =
      row?.querySelector<HTMLInputElement>("input[type=radio]:checked") ??
      row?.querySelector<HTMLInputElement>("input[type=radio]");
    radio?.focus();
  }, []);

  const markRemainingPresent = () => {
    setMarks((current) => {
      const next = new Map(current);
      for (const e of entries) if (!next.get(e.volunteerId)) next.set(e.volunteerId, "present");
      return next;
    });
    setResult(null);
  };

  const save = async () => {
    setPending(true);
    setResult(null);
    const records = entries.flatMap((e) => {
      const status = marks.get(e.volunteerId);
      return status ? [{ volunteerId: e.volunteerId, status }] : [];
    });
    try {
      const answer = await saveAttendance(session.id, { records }, everyone);
      setEntries(answer.entries);
      setSaved(marksOf(answer.entries));
      setMarks(marksOf(answer.entries));
      queryClient.setQueryData(["sessions", "attendance", session.id], answer);
      await queryClient.invalidateQueries({ queryKey: ["sessions", "list"] });
      await queryClient.invalidateQueries({ queryKey: ["certification"] });
      setResult({ kind: "success", message: t("attendance.saved", { count: records.length }) });
    } catch (error) {
      // Also a 409 `session_in_future` (the session was moved, or this device's clock is
      // ahead): the Worker's message says why.
      setResult({
        kind: "danger",
        message: isApiError(error) ? error.message : t("error.unexpected"),
      });
    } finally {
      setPending(false);
    }
  };

  if (entries.length === 0) return <p className="kern-body">{t("attendance.nobody")}</p>;

  return (
    <div className="kern-stack-md attendance">
      <ShortcutHelp />
      <div className="button-row">
        <Button
          variant="secondary"
          icon="checklist"
          onClick={markRemainingPresent}
          disabled={unmarked === 0}
        >
          {t("attendance.markRemaining", { count: unmarked })}
        </Button>
        <AttendanceSheetLink sessionId={session.id} everyone={everyone} />
      </div>
      <AttendanceTable
        entries={entries}
        marks={marks}
        saved={saved}
        setMark={setMark}
        focusRow={focusRow}
        rowRef={(index, row) => {
          rows.current[index] = row;
        }}
      />
      <SaveBar
        changed={changed}
        unmarked={unmarked}
        pending={pending}
        result={result}
        onSave={() => void save()}
      />
    </div>
  );
}
