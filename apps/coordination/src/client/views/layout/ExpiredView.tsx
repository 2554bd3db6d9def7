import { useI18n } from "../../i18n/use-i18n.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { StandalonePage } from "./StandalonePage.js";

/**
 * Production: the Cloudflare Access session ended. Access signs in again on a full page
 * load, so the way back is a reload of the same address.
 */
export function ExpiredView() {
  const { t } = useI18n();
  return (
    <StandalonePage>
      <PageHeading title={t("expired.title")}>{t("expired.title")}</PageHeading>
      <p className="kern-body">{t("expired.text")}</p>
      <p className="kern-body">
        <a className="kern-btn kern-btn--primary" href={window.location.href}>
          <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
          <span className="kern-label">{t("expired.reload")}</span>
        </a>
      </p>
    </StandalonePage>
  );
}
