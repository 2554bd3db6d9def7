import type { ReactNode } from "react";

export type AlertKind = "info" | "success" | "warning" | "danger";

interface AlertProps {
  kind: AlertKind;
  title: string;
  children?: ReactNode;
  /** `alert` for errors that appear after an action; none for static notes. */
  role?: "alert" | "status";
}

/** A KERN alert: icon and title say the kind in words and shape, not by colour alone. */
export function Alert({ kind, title, children, role }: AlertProps) {
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
