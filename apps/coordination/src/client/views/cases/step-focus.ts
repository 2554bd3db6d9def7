import { type RefObject, useEffect } from "react";

/*
 * After an action that changes a case's state (forwarded, taken back, closed, reopened)
 * the part of the page with the next step is replaced, and with it the button that had
 * focus. The new part's heading takes focus instead, so keyboard and screen-reader users
 * continue there rather than at the top of the page.
 */
let requestedAt = 0;

/** Asks the next step's heading to take focus when it appears (within a few seconds). */
export function requestStepFocus(): void {
  requestedAt = Date.now();
}

/** Focuses the heading on mount if an action asked for it. */
export function useStepFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (requestedAt && Date.now() - requestedAt < 5000) {
      requestedAt = 0;
      ref.current?.focus();
    }
  }, [ref]);
}

/** Withdraws the request when the action failed and the step stays as it was. */
export function cancelStepFocus(): void {
  requestedAt = 0;
}
