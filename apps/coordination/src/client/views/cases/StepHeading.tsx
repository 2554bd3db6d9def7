import { type ReactNode, useRef } from "react";
import { useStepFocus } from "./step-focus.js";

/** The heading of the case's current step; it takes focus after a change of state. */
export function StepHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useStepFocus(ref);
  return (
    <h2 ref={ref} className="kern-heading-medium step-heading" id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}
