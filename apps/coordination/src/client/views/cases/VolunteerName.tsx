import { Link } from "@tanstack/react-router";
import { useI18n } from "../../i18n/use-i18n.js";

/** A volunteer of a case, linked to their record; erased ones are named as such. */
export function VolunteerName({
  volunteer,
}: {
  volunteer: { id: string; displayName: string } | null | undefined;
}) {
  const { t } = useI18n();
  if (!volunteer) return <>{t("assignments.erased")}</>;
  return (
    <Link
      to="/ehrenamtliche/$volunteerId"
      params={{ volunteerId: volunteer.id }}
      className="kern-link"
    >
      {volunteer.displayName}
    </Link>
  );
}
