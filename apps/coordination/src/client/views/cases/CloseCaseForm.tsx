import { CASE_OUTCOMES, type CaseDetail, closeCaseSchema } from "../../../shared/api.js";
import { type ClosingOutcome, closeCase } from "../../api/cases.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { ChoiceForm } from "../../ui/ChoiceForm.js";
import { useCaseAction } from "./use-case-action.js";

/** Closing the case with one of the fixed outcomes the district's report counts. */
export function CloseCaseForm({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const close = useCaseAction({
    caseId: detail.id,
    send: (chosen: ClosingOutcome) => closeCase(detail.id, chosen),
    changesState: true,
    inForm: true,
  });
  return (
    <ChoiceForm
      formId="close-case"
      title={t("close.title")}
      field="outcome"
      legend={t("close.outcome")}
      hint={t("close.hint")}
      options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`caseOutcome.${o}`) }))}
      schema={closeCaseSchema}
      submitLabel={t("close.submit")}
      submitIcon="check"
      send={async (chosen: ClosingOutcome) => {
        if (await close.run(chosen)) {
          announce(t("close.done", { outcome: t(`caseOutcome.${chosen}`) }));
        }
      }}
    />
  );
}
