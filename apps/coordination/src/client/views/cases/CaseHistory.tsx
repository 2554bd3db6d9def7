import type { CaseDetail } from "../../../shared/api.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { eventActor, eventText } from "./case-events.js";

/** Every step of the case, oldest first: when, who, what (never personal data). */
export function CaseHistory({ detail }: { detail: CaseDetail }) {
  const { t, locale, label } = useI18n();
  // Ids rise with every step recorded, so they give the order even where times tie.
  const events = [...detail.history].sort((a, b) => a.id - b.id);
  return (
    <section className="kern-stack-sm page-section" aria-labelledby="history-title">
      <h2 className="kern-heading-medium" id="history-title">
        {t("history.title")}
      </h2>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} className="timeline__item">
            <p className="timeline__meta">
              <time dateTime={event.at}>{formatInstant(event.at, locale)}</time>
              {" · "}
              {eventActor(event, t)}
            </p>
            <p className="timeline__event">{eventText(event, detail, t, label, locale)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
