import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { overviewQuery } from "../../api/overview.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { CountCard } from "./CountCard.js";

export function HelpRequestCount() {
  const { t } = useI18n();
  const overview = useQuery(overviewQuery);
  return (
    <CountCard id="overview-requests" title={t("overview.openHelpRequests")} state={overview}>
      <p className="count-card__number">{overview.data?.openHelpRequests ?? 0}</p>
      <p className="kern-body">
        <Link to="/anfragen" className="kern-link">
          {t("overview.toHelpRequests")}
        </Link>
      </p>
    </CountCard>
  );
}
