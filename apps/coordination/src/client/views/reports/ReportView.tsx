import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { reportQuery } from "../../api/reports.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { CsvLink } from "./CsvLink.js";
import { KeyFigures } from "./KeyFigures.js";
import { MonthlyChart } from "./MonthlyChart.js";
import { PeopleFigures } from "./PeopleFigures.js";
import { ReportNote } from "./ReportNote.js";
import { ReportYearForm } from "./ReportYearForm.js";
import { RequestTables } from "./RequestTables.js";
import { currentYear, reportYears } from "./report-figures.js";

const route = getRouteApi("/_app/bericht");

/**
 * The district's report for a year: key figures, requests per month, by kind of help,
 * municipality, language and outcome, the volunteers and the training — aggregates only,
 * for the annual report and funding applications, and as CSV.
 */
export function ReportView() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { jahr } = route.useSearch();
  const years = reportYears();
  const year = jahr !== undefined && years.includes(jahr) ? jahr : currentYear();
  const report = useQuery(reportQuery(year));

  // Another year is announced once its figures are there (the first one of the page is
  // not: the heading says it).
  const announced = useRef(year);
  const loadedYear = report.data?.year;
  useEffect(() => {
    if (loadedYear === year && announced.current !== year) {
      announced.current = year;
      announce(t("report.loaded", { year }));
    }
  }, [year, loadedYear, t]);

  const title = t("report.title", { year });
  return (
    <div className="kern-stack-lg">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body">{t("report.intro")}</p>
      <div className="report-tools">
        <ReportYearForm
          key={year}
          years={years}
          value={year}
          onApply={(next) =>
            void navigate({ to: "/bericht", search: next === currentYear() ? {} : { jahr: next } })
          }
        />
        <CsvLink year={year} />
      </div>
      {report.isPending ? <Loading /> : null}
      {report.isError ? (
        <ErrorState
          error={report.error}
          retry={() => void report.refetch()}
          unavailable={t("report.unavailable")}
        />
      ) : null}
      {report.data ? (
        <>
          <ReportNote report={report.data} />
          <KeyFigures report={report.data} />
          <MonthlyChart report={report.data} />
          <RequestTables report={report.data} />
          <PeopleFigures report={report.data} />
        </>
      ) : null}
    </div>
  );
}
