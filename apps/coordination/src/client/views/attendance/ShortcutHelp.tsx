import { attendanceStatusSchema } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";

/** The keyboard use of the list, on the page (the keys follow the UI language). */
export function ShortcutHelp() {
  const { t } = useI18n();
  return (
    <Alert kind="info" title={t("attendance.keyboardTitle")}>
      <p className="kern-body">{t("attendance.keyboardText")}</p>
      <ul className="shortcut-list">
        {attendanceStatusSchema.options.map((mark) => (
          <li key={mark}>
            <kbd>{t(`attendance.key.${mark}`).toUpperCase()}</kbd> – {t(`attendanceStatus.${mark}`)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
