import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DECLINE_REASONS, type DeclineReason, declineSignupSchema } from "../../../shared/api.js";
import { declineSignup } from "../../api/signups.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { ErrorSummary } from "../../ui/ErrorSummary.js";
import { fieldId } from "../../ui/form-issues.js";
import { RadioGroup } from "../../ui/RadioGroup.js";
import { useFormSubmit } from "../../ui/use-form-submit.js";

const FORM_ID = "decline";

/** Declining with one of the fixed reasons (never free text about the person). */
export function DeclineSignupForm({ signupId }: { signupId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<DeclineReason | "">("");
  const form = useFormSubmit<{ reason: DeclineReason | "" }>({
    schema: declineSignupSchema,
    send: async (value) => {
      await declineSignup(signupId, value.reason as DeclineReason);
      // The form is replaced by the decision: the app's live region says what happened.
      announce(t("decline.done"));
      await queryClient.invalidateQueries({ queryKey: ["signups"] });
    },
  });
  return (
    <section className="kern-stack-md page-section" aria-labelledby="decline-title">
      <h2 className="kern-heading-medium" id="decline-title">
        {t("decline.title")}
      </h2>
      <form
        id={FORM_ID}
        className="kern-stack-md form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({ reason });
        }}
      >
        <ErrorSummary formId={FORM_ID} message={form.message} issues={form.issues} />
        <RadioGroup
          id={fieldId(FORM_ID, "reason")}
          legend={t("decline.reason")}
          options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))}
          value={reason}
          error={form.issueFor("reason")}
          onChange={setReason}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" icon="close" disabled={form.pending}>
            {t("decline.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
