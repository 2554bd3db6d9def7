import { Link } from "@tanstack/react-router";
import { useI18n } from "../../i18n/use-i18n.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { StandalonePage } from "./StandalonePage.js";

/** A path the app does not have. */
export function NotFoundView() {
  const { t } = useI18n();
  return (
    <StandalonePage>
      <PageHeading title={t("notFound.title")}>{t("notFound.title")}</PageHeading>
      <p className="kern-body">{t("notFound.text")}</p>
      <p className="kern-body">
        <Link to="/" className="kern-link">
          {t("notFound.home")}
        </Link>
      </p>
    </StandalonePage>
  );
}
