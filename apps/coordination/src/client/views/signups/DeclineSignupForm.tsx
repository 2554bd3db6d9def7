import { useQueryClient } from "@tanstack/react-query";
import { DECLINE_REASONS, type DeclineReason, declineSignupSchema } from "../../../shared/api.js";
import { declineSignup } from "../../api/signups.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { ChoiceForm } from "../../ui/ChoiceForm.js";

/** Declining with one of the fixed reasons (never free text about the person). */
export function DeclineSignupForm({ signupId }: { signupId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <ChoiceForm
      formId="decline"
      title={t("decline.title")}
      field="reason"
      legend={t("decline.reason")}
      options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))}
      schema={declineSignupSchema}
      submitLabel={t("decline.submit")}
      submitIcon="close"
      send={async (reason: DeclineReason) => {
        await declineSignup(signupId, reason);
        // The form is replaced by the decision: the app's live region says what happened.
        announce(t("decline.done"));
        await queryClient.invalidateQueries({ queryKey: ["signups"] });
      }}
    />
  );
}
