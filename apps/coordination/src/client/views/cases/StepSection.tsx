import type { ReactNode } from "react";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { useCaseReport } from "./case-report.js";
import { StepHeading } from "./StepHeading.js";

/**
 * The section of the case's current step (suggestions, waiting offer, taken, closed):
 * its heading takes focus after a change of state, and a refused action's message stands
 * right under it, whichever step the case is in now.
 */
export function StepSection({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const { problem } = useCaseReport();
  return (
    <section className="kern-stack-md page-section" aria-labelledby="case-step-title">
      <StepHeading id="case-step-title">{title}</StepHeading>
      {problem ? (
        <Alert kind="danger" title={t("case.actionFailed")} role="alert">
          <p className="kern-body">{problem}</p>
        </Alert>
      ) : null}
      {children}
    </section>
  );
}
