import { volunteerStatusSchema } from "@integrationspaten/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { overviewQuery } from "../../api/overview.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { CountCard } from "./CountCard.js";

/** Volunteers by status, each linked to the roster filtered by it. */
export function VolunteerCounts() {
  const { t } = useI18n();
  const overview = useQuery(overviewQuery);
  const counts = overview.data?.volunteers;
  const total = volunteerStatusSchema.options.reduce((sum, s) => sum + (counts?.[s] ?? 0), 0);
  return (
    <CountCard id="overview-volunteers" title={t("overview.volunteersByStatus")} state={overview}>
      <ul className="count-list">
        {volunteerStatusSchema.options.map((status) => (
          <li key={status} className="count-list__item">
            <Link to="/ehrenamtliche" search={{ status }} className="kern-link">
              {t(`volunteerStatus.${status}`)}
            </Link>
            <span className="count-list__number">{counts?.[status] ?? 0}</span>
          </li>
        ))}
      </ul>
      <p className="kern-body">
        <Link to="/ehrenamtliche" className="kern-link">
          {t("overview.toVolunteers", { count: total })}
        </Link>
      </p>
    </CountCard>
  );
}
