import type { Report } from "../../../shared/api.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";

/** What the report holds (counts, no personal data) and which coordination points it counts. */
export function ReportNote({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const points = new Intl.ListFormat(locale, { type: "conjunction" }).format(
    report.points.map(pointName),
  );
  return (
    <Alert kind="info" title={t("report.noteTitle")}>
      <p className="kern-body">{t("report.noPersonalData")}</p>
      <p className="kern-body">
        {report.points.length === 0
          ? t("report.noPoints")
          : t(report.points.length === 1 ? "report.point" : "report.points", { points })}
      </p>
      <p className="kern-body">{t("report.trainingShared")}</p>
    </Alert>
  );
}
