import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { overviewQuery } from "../../api/overview.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { CountCard } from "./CountCard.js";

export function SignupCount() {
  const { t } = useI18n();
  const overview = useQuery(overviewQuery);
  return (
    <CountCard id="overview-signups" title={t("overview.openSignups")} state={overview}>
      <p className="count-card__number">{overview.data?.openSignups ?? 0}</p>
      <p className="kern-body">
        <Link to="/anmeldungen" className="kern-link">
          {t("overview.toSignups")}
        </Link>
      </p>
    </CountCard>
  );
}
