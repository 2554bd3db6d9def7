import { useLayoutEffect, useRef, useState } from "react";
import type { FieldIssue } from "../api/http.js";
import { useI18n } from "../i18n/use-i18n.js";
import { fieldId, fieldLabel, focusField } from "./form-issues.js";

interface ErrorSummaryProps {
  formId: string;
  /** The API's (or the client check's) message for the whole form. */
  message?: string | undefined;
  issues: readonly FieldIssue[];
}

/**
 * The error summary at the top of a form: what went wrong, with a link to each field.
 * It takes focus when it appears, so keyboard and screen-reader users learn of it at once.
 */
export function ErrorSummary({ formId, message, issues }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const visible = Boolean(message) || issues.length > 0;
  // The controls' names are read from the form itself, which is on screen already; and
  // every failed submission (a new list of issues) brings focus back to the summary.
  const [labels, setLabels] = useState<ReadonlyMap<string, string | undefined>>(new Map());
  useLayoutEffect(() => {
    setLabels(
      new Map(issues.map((issue) => [issue.field, fieldLabel(fieldId(formId, issue.field))])),
    );
    if (issues.length > 0 || message) ref.current?.focus();
  }, [formId, issues, message]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      className="kern-alert kern-alert--danger error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${formId}-summary-title`}
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id={`${formId}-summary-title`}>
          {t("form.errorSummary")}
        </h2>
      </div>
      <div className="kern-alert__body">
        {message ? <p className="kern-body">{message}</p> : null}
        {issues.length > 0 ? (
          <ul className="kern-list">
            {issues.map((issue) => {
              const id = fieldId(formId, issue.field);
              const label = labels.get(issue.field);
              return (
                <li key={`${issue.field}:${issue.message}`}>
                  <a
                    className="kern-link"
                    href={`#${id}`}
                    onClick={(event) => {
                      if (focusField(id)) event.preventDefault();
                    }}
                  >
                    {label ? `${label}: ` : ""}
                    {issue.message}
                  </a>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
