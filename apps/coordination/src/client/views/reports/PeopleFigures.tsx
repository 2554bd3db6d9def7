import type { Report } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { countedOn, formatCount, formatDate, formatHours } from "./report-figures.js";

interface Line {
  label: string;
  value: string;
}

/** The volunteers (certified, in training, certificates issued) and the training held. */
export function PeopleFigures({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const { volunteers, training, year } = report;
  return (
    <div className="report-grid">
      <FigureList
        id="report-volunteers-title"
        title={t("report.volunteers")}
        lines={[
          {
            label: t("report.certified", { date: formatDate(countedOn(year), locale) }),
            value: formatCount(volunteers.certified, locale),
          },
          { label: t("report.inTraining"), value: formatCount(volunteers.inTraining, locale) },
          {
            label: t("report.certificatesIssued", { year }),
            value: formatCount(volunteers.certificatesIssued, locale),
          },
        ]}
      />
      <FigureList
        id="report-training-title"
        title={t("report.training")}
        lines={[
          { label: t("report.sessions"), value: formatCount(training.sessions, locale) },
          { label: t("report.hours"), value: formatHours(training.hours, locale) },
          {
            label: t("report.attendanceHours"),
            value: formatHours(training.attendanceHours, locale),
          },
        ]}
      />
    </div>
  );
}

/** A heading and its figures, each a label with its number (as the overview's counts). */
function FigureList({ id, title, lines }: { id: string; title: string; lines: readonly Line[] }) {
  return (
    <section className="kern-stack-md" aria-labelledby={id}>
      <h2 className="kern-heading-medium" id={id}>
        {title}
      </h2>
      <dl className="count-list">
        {lines.map((line) => (
          <div className="count-list__item" key={line.label}>
            <dt>{line.label}</dt>
            <dd className="count-list__number">{line.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
