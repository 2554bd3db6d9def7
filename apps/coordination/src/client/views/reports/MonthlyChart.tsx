import type { Report } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { DataTable } from "../../ui/DataTable.js";
import { formatCount, monthName, monthsOf, tookPlaceOf } from "./report-figures.js";

type BarKind = "received" | "took-place";

/**
 * Requests per month as a bar chart that is a table: a row per month with the numbers as
 * text, and bars that only draw them (hidden from screen readers). Received and took
 * place differ in pattern (solid, striped) as well as by their column, never by colour
 * alone; in forced colours and in print the bars stay visible.
 */
export function MonthlyChart({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const months = monthsOf(report);
  const max = Math.max(0, ...months.map((m) => m.received));
  return (
    <section className="kern-stack-md" aria-labelledby="report-months-title">
      <h2 className="kern-heading-medium" id="report-months-title">
        {t("report.months.title")}
      </h2>
      {report.requests.received === 0 ? (
        <p className="kern-body">{t("report.none", { year: report.year })}</p>
      ) : (
        <>
          <ul className="report-legend" aria-hidden="true">
            <li className="report-legend__item">
              <span className="report-bar report-bar--received report-legend__swatch" />
              {t("report.months.received")}
            </li>
            <li className="report-legend__item">
              <span className="report-bar report-bar--took-place report-legend__swatch" />
              {t("report.months.tookPlace")}
            </li>
          </ul>
          <DataTable
            captionId="report-months-caption"
            caption={t("report.months.caption", { year: report.year })}
            className="kern-table--small report-chart"
            columns={[
              { label: t("report.months.month") },
              { label: t("report.months.received") },
              { label: t("report.months.tookPlace") },
            ]}
            footer={
              <tr className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {t("report.total")}
                </th>
                <td className="kern-table__cell">
                  <span className="report-bar-cell">
                    <span className="report-bar-cell__value">
                      {formatCount(report.requests.received, locale)}
                    </span>
                  </span>
                </td>
                <td className="kern-table__cell">
                  <span className="report-bar-cell">
                    <span className="report-bar-cell__value">
                      {formatCount(tookPlaceOf(report), locale)}
                    </span>
                  </span>
                </td>
              </tr>
            }
          >
            {months.map((m) => (
              <tr className="kern-table__row" key={m.month}>
                <th scope="row" className="kern-table__cell">
                  {monthName(m.month, locale)}
                </th>
                <td className="kern-table__cell">
                  <Bar value={m.received} max={max} kind="received" />
                </td>
                <td className="kern-table__cell">
                  <Bar value={m.tookPlace} max={max} kind="took-place" />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}

/** The number as text, then its bar, as long as its share of the busiest month. */
function Bar({ value, max, kind }: { value: number; max: number; kind: BarKind }) {
  const { locale } = useI18n();
  const width = max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
  return (
    <span className="report-bar-cell">
      <span className="report-bar-cell__value">{formatCount(value, locale)}</span>
      <span className="report-bar-cell__track" aria-hidden="true">
        <span className={`report-bar report-bar--${kind}`} style={{ inlineSize: `${width}%` }} />
      </span>
    </span>
  );
}
