import { useState } from "react";
import { CASE_OUTCOMES, type CaseDetail, closeCaseSchema } from "../../../shared/api.js";
import { type ClosingOutcome, closeCase } from "../../api/cases.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";
import { ErrorSummary } from "../../ui/ErrorSummary.js";
import { fieldId } from "../../ui/form-issues.js";
import { RadioGroup } from "../../ui/RadioGroup.js";
import { useFormSubmit } from "../../ui/use-form-submit.js";
import { useCaseAction } from "./use-case-action.js";

const FORM_ID = "close-case";

/** Closing the case with one of the fixed outcomes the district's report counts. */
export function CloseCaseForm({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<ClosingOutcome | "">("");
  const close = useCaseAction({
    caseId: detail.id,
    send: (chosen: ClosingOutcome) => closeCase(detail.id, chosen),
    changesState: true,
    inForm: true,
  });
  const form = useFormSubmit<{ outcome: ClosingOutcome | "" }>({
    schema: closeCaseSchema,
    send: async (value) => {
      const chosen = value.outcome as ClosingOutcome;
      if (await close.run(chosen)) {
        announce(t("close.done", { outcome: t(`caseOutcome.${chosen}`) }));
      }
    },
  });
  return (
    <section className="kern-stack-md page-section" aria-labelledby="close-title">
      <h2 className="kern-heading-medium" id="close-title">
        {t("close.title")}
      </h2>
      <form
        id={FORM_ID}
        className="kern-stack-md form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({ outcome });
        }}
      >
        <ErrorSummary formId={FORM_ID} message={form.message} issues={form.issues} />
        <RadioGroup
          id={fieldId(FORM_ID, "outcome")}
          legend={t("close.outcome")}
          hint={t("close.hint")}
          options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`caseOutcome.${o}`) }))}
          value={outcome}
          error={form.issueFor("outcome")}
          onChange={setOutcome}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" icon="check" disabled={form.pending}>
            {t("close.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
