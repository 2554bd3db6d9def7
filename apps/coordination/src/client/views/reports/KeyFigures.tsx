import type { Report } from "../../../shared/api.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { formatCount, formatShare, tookPlaceOf } from "./report-figures.js";

interface Figure {
  id: string;
  title: string;
  value: number;
  note?: string | undefined;
}

/** The year's requests at a glance, as cards like the overview's counts. */
export function KeyFigures({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const { received, closed, open } = report.requests;
  const tookPlace = tookPlaceOf(report);
  const share = (part: number) =>
    received > 0
      ? t("report.shareOfReceived", { share: formatShare(part, received, locale) })
      : undefined;
  const figures: Figure[] = [
    { id: "report-received", title: t("report.received"), value: received },
    { id: "report-closed", title: t("report.closed"), value: closed, note: share(closed) },
    { id: "report-open", title: t("report.open"), value: open, note: t("report.openNote") },
    {
      id: "report-took-place",
      title: t("report.tookPlace"),
      value: tookPlace,
      note: share(tookPlace),
    },
  ];
  return (
    <section className="kern-stack-md" aria-labelledby="report-figures-title">
      <h2 className="kern-heading-medium" id="report-figures-title">
        {t("report.keyFigures")}
      </h2>
      <div className="overview-grid">
        {figures.map((figure) => (
          <section
            key={figure.id}
            className="kern-card count-card"
            aria-labelledby={`${figure.id}-title`}
          >
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h3 className="kern-title" id={`${figure.id}-title`}>
                  {figure.title}
                </h3>
              </header>
              <div className="kern-card__body">
                <p className="count-card__number">{formatCount(figure.value, locale)}</p>
                {figure.note ? <p className="kern-body">{figure.note}</p> : null}
              </div>
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}
