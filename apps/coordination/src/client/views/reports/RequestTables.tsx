import type { Report } from "../../../shared/api.js";
import { categoryLabel, languageName, municipalityName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { type CountRow, CountTable } from "./CountTable.js";

type Counts = Report["requests"]["byCategory"];

/** The year's requests by kind of help, municipality, language and outcome. */
export function RequestTables({ report }: { report: Report }) {
  const { t, locale, label } = useI18n();
  const { requests, year } = report;
  // A request without the dimension (no language given) comes with an empty key.
  const rows = (counts: Counts, name: (key: string) => string): CountRow[] =>
    counts.map(({ key, count }) => ({
      key: key || "none",
      label: key ? name(key) : t("report.notGiven"),
      count,
    }));
  const tables = [
    {
      id: "report-categories",
      caption: t("report.byCategory", { year }),
      keyHeader: t("helpRequest.category"),
      rows: rows(requests.byCategory, (key) => categoryLabel(key, locale)),
    },
    {
      id: "report-municipalities",
      caption: t("report.byMunicipality", { year }),
      keyHeader: t("signups.municipality"),
      rows: rows(requests.byMunicipality, municipalityName),
    },
    {
      id: "report-languages",
      caption: t("report.byLanguage", { year }),
      keyHeader: t("cases.language"),
      rows: rows(requests.byLanguage, (key) => languageName(key, locale)),
    },
    {
      id: "report-outcomes",
      caption: t("report.byOutcome", { year }),
      keyHeader: t("closed.outcome"),
      rows: rows(requests.byOutcome, (key) =>
        key === "open" ? t("report.outcome.open") : label("caseOutcome.", key),
      ),
    },
  ];
  return (
    <section className="kern-stack-md" aria-labelledby="report-details-title">
      <h2 className="kern-heading-medium" id="report-details-title">
        {t("report.details")}
      </h2>
      {requests.received === 0 ? (
        <p className="kern-body">{t("report.none", { year })}</p>
      ) : (
        <div className="report-grid">
          {tables.map((table) => (
            <CountTable key={table.id} total={requests.received} {...table} />
          ))}
        </div>
      )}
    </section>
  );
}
