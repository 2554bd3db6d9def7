import type { Submission } from "../../../shared/api.js";
import { signupDecidedAt } from "../../api/signups.js";
import { formatInstant } from "../../format/dates.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";

/** How the sign-up was answered. */
export function SignupDecision({ signup }: { signup: Submission }) {
  const { t, locale, label } = useI18n();
  const decidedAt = signupDecidedAt(signup);
  const reason = signup.decisionReason ? label("declineReason.", signup.decisionReason) : undefined;
  return (
    <Alert
      kind={signup.decision === "accepted" ? "success" : "info"}
      title={signup.decision === "accepted" ? t("decision.accepted") : t("decision.declined")}
    >
      {decidedAt ? (
        <p className="kern-body">
          {t("signup.decidedOn", { date: formatInstant(decidedAt, locale) })}
        </p>
      ) : null}
      {reason ? <p className="kern-body">{t("signup.reason", { reason })}</p> : null}
    </Alert>
  );
}
