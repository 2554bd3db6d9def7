import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { type SaveResult, StatusMessage } from "../../ui/StatusMessage.js";

interface SaveBarProps {
  changed: number;
  unmarked: number;
  pending: boolean;
  result: SaveResult | null;
  onSave: () => void;
}

/** The sticky bar under the list: unsaved changes, the save button, the result. */
export function SaveBar({ changed, unmarked, pending, result, onSave }: SaveBarProps) {
  const { t } = useI18n();
  return (
    <section className="save-bar" aria-label={t("attendance.saveBar")}>
      <div className="save-bar__inner">
        <p className="kern-body kern-body--small save-bar__count">
          {changed === 0 ? t("attendance.noChanges") : t("attendance.changes", { count: changed })}
          {unmarked > 0 ? ` · ${t("attendance.unmarked", { count: unmarked })}` : ""}
        </p>
        <Button icon="check" onClick={onSave} disabled={pending || changed === 0}>
          {t("attendance.save", { count: changed })}
        </Button>
      </div>
      <StatusMessage result={result} />
    </section>
  );
}
