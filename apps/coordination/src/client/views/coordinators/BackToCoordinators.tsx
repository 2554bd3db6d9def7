import { Link } from "@tanstack/react-router";
import { useI18n } from "../../i18n/use-i18n.js";

export function BackToCoordinators() {
  const { t } = useI18n();
  return (
    <p className="kern-body">
      <Link to="/koordinierende" className="kern-link">
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />{" "}
        {t("coordinatorForm.back")}
      </Link>
    </p>
  );
}
