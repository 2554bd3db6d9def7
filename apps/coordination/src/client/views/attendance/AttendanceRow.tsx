import type { KeyboardEvent } from "react";
import {
  type AttendanceEntry,
  type AttendanceMark,
  attendanceStatusSchema,
} from "../../../shared/api.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Badge } from "../../ui/Badge.js";

interface AttendanceRowProps {
  entry: AttendanceEntry;
  mark: AttendanceMark | null;
  changed: boolean;
  /** Shortcut letter → mark. */
  keys: ReadonlyMap<string, AttendanceMark>;
  rowRef: (row: HTMLTableRowElement | null) => void;
  /** `advance`: move focus on to the next row (after a shortcut). */
  onMark: (mark: AttendanceMark, advance: boolean) => void;
}

/**
 * One volunteer: a native radio group (one Tab stop, arrow keys choose), plus the
 * single-key shortcuts, which set the mark and move on to the next row.
 */
export function AttendanceRow({ entry, mark, changed, keys, rowRef, onMark }: AttendanceRowProps) {
  const { t } = useI18n();
  const name = `mark-${entry.volunteerId}`;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const shortcut = keys.get(event.key.toLowerCase());
    if (!shortcut) return;
    event.preventDefault();
    onMark(shortcut, true);
  };
  return (
    <tr
      className={`kern-table__row${changed ? " attendance-row--changed" : ""}`}
      ref={rowRef}
      onKeyDown={onKeyDown}
    >
      <th scope="row" className="kern-table__cell" id={`${name}-name`}>
        {entry.displayName}
        <span className="cell-note">{pointName(entry.coordinationPoint)}</span>
        {changed ? (
          <span className="cell-note">
            <Badge kind="warning" label={t("attendance.unsaved")} />
          </span>
        ) : null}
      </th>
      <td className="kern-table__cell">
        <fieldset className="kern-fieldset attendance-marks" aria-labelledby={`${name}-name`}>
          <legend className="kern-sr-only">
            {t("attendance.markFor", { name: entry.displayName })}
          </legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {attendanceStatusSchema.options.map((option) => (
              <div className="kern-form-check" key={option}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${name}-${option}`}
                  name={name}
                  value={option}
                  checked={mark === option}
                  onChange={() => onMark(option, false)}
                />
                <label className="kern-label" htmlFor={`${name}-${option}`}>
                  {t(`attendanceStatus.${option}`)}{" "}
                  <span className="shortcut-hint" aria-hidden="true">
                    ({t(`attendance.key.${option}`).toUpperCase()})
                  </span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </td>
    </tr>
  );
}
