import { useQueryClient } from "@tanstack/react-query";
import type { CaseDetail } from "../../../shared/api.js";
import { caseOutdated, useCaseMutation } from "../../api/cases.js";
import { isApiError } from "../../api/http.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { useCaseReport } from "./case-report.js";
import { cancelStepFocus, requestStepFocus } from "./step-focus.js";

interface CaseActionOptions<V> {
  caseId: string;
  send: (value: V) => Promise<CaseDetail>;
  /** The action moves the case to another state: the next step's heading takes focus. */
  changesState?: boolean;
  /**
   * Run from a form: the form shows its own problems (field issues, the message in its
   * error summary), so they are passed on; only a changed case is reported by the page.
   */
  inForm?: boolean;
}

/**
 * An action on a case. On success the page shows the case as returned. A conflict (409:
 * an offer waits already, someone took it, it was closed) and a failed e-mail (502: the
 * offer is recorded without it) mean the case on screen is out of date: it is asked
 * again and the message is shown at the current step.
 */
export function useCaseAction<V>({ caseId, send, changesState, inForm }: CaseActionOptions<V>) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const report = useCaseReport();
  const mutation = useCaseMutation(send);

  const run = async (value: V): Promise<CaseDetail | undefined> => {
    report.setProblem(null);
    if (changesState) requestStepFocus();
    try {
      return await mutation.mutateAsync(value);
    } catch (error) {
      const message = isApiError(error) ? error.message : t("error.unexpected");
      if (isApiError(error) && error.code === "mail_failed") {
        report.setMailProblem(message);
        await caseOutdated(queryClient, caseId);
        return undefined;
      }
      if (isApiError(error) && error.status === 409) {
        report.setProblem(message);
        requestStepFocus();
        await caseOutdated(queryClient, caseId);
        return undefined;
      }
      cancelStepFocus();
      if (inForm) throw error;
      report.setProblem(message);
      return undefined;
    }
  };

  return { run, pending: mutation.isPending };
}
