import type { Coordinator } from "../../../shared/api.js";
import { pointName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";

/** Who is signed in: name, role and coordination points (an administrator sees all). */
export function SignedInPerson({ me }: { me: Coordinator }) {
  const { t } = useI18n();
  const points =
    me.role === "administrator"
      ? t("coordinator.allPoints")
      : me.points.map(pointName).join(", ") || t("coordinator.noPoints");
  return (
    <div className="signed-in">
      <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
      <p className="signed-in__text">
        <span className="kern-sr-only">{t("layout.signedInAs")} </span>
        <span className="signed-in__name">{me.displayName}</span>
        <span className="signed-in__meta">
          {t(`role.${me.role}`)} · {points}
        </span>
      </p>
    </div>
  );
}
