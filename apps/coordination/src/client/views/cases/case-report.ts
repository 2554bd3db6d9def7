import { createContext, useContext } from "react";

/**
 * What went wrong with the last action on a case, kept by the case page rather than by
 * the part that ran it: a refused action usually means the case changed meanwhile (another
 * coordinator, the volunteer's answer), and the part with the button is then replaced.
 */
export interface CaseReport {
  /** The API's message for a refused action, shown under the current step's heading. */
  problem: string | null;
  /** The offer was recorded but its e-mail could not be sent (502 `mail_failed`). */
  mailProblem: string | null;
  setProblem: (message: string | null) => void;
  setMailProblem: (message: string | null) => void;
}

export const CaseReportContext = createContext<CaseReport>({
  problem: null,
  mailProblem: null,
  setProblem: () => undefined,
  setMailProblem: () => undefined,
});

export function useCaseReport(): CaseReport {
  return useContext(CaseReportContext);
}
