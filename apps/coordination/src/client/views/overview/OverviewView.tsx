import { useI18n } from "../../i18n/use-i18n.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { HelpRequestCount } from "./HelpRequestCount.js";
import { SignupCount } from "./SignupCount.js";
import { VolunteerCounts } from "./VolunteerCounts.js";

/** The start page: what waits for the coordinator, with links to it. */
export function OverviewView() {
  const { t } = useI18n();
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("overview.title")}>{t("overview.title")}</PageHeading>
      <div className="overview-grid">
        <SignupCount />
        <HelpRequestCount />
        <VolunteerCounts />
      </div>
    </div>
  );
}
