import { reportCsvPath } from "../../api/reports.js";
import { useI18n } from "../../i18n/use-i18n.js";

/** The year's figures as a CSV file for a spreadsheet (the Worker names it bericht-YYYY.csv). */
export function CsvLink({ year }: { year: number }) {
  const { t } = useI18n();
  return (
    <div className="link-with-hint">
      <a
        className="kern-btn kern-btn--secondary"
        href={reportCsvPath(year)}
        download={`bericht-${year}.csv`}
        aria-describedby="report-csv-hint"
      >
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{t("report.csv")}</span>
      </a>
      <p className="kern-hint" id="report-csv-hint">
        {t("report.csvHint", { year })}
      </p>
    </div>
  );
}
