import type { FieldIssue } from "../api/http.js";

/** The id of the control for a field path (`languages.0.level` → `accept-languages-0-level`). */
export function fieldId(formId: string, field: string): string {
  return `${formId}-${field.replaceAll(".", "-") || "form"}`;
}

/** The first message per field, for showing next to the control. */
export function issuesByField(issues: readonly FieldIssue[]): ReadonlyMap<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues)
    if (!byField.has(issue.field)) byField.set(issue.field, issue.message);
  return byField;
}

/** Issues of a nested object with its prefix removed (`profile.displayName` → `displayName`). */
export function withoutPrefix(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return issues.map((issue) =>
    issue.field.startsWith(`${prefix}.`)
      ? { ...issue, field: issue.field.slice(prefix.length + 1) }
      : issue,
  );
}

/**
 * Moves focus to the control of an error-summary link: the element itself when it can take
 * focus, else (a fieldset, a row) the first control inside it.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches("input, select, textarea, button")
    ? element
    : element.querySelector<HTMLElement>("input, select, textarea, button");
  (target ?? element).focus();
  target?.scrollIntoView({ block: "center" });
  return true;
}

/**
 * The visible name of a control, for the error summary: its label (or a fieldset's
 * legend) without the „optional“ mark, prefixed with the name of the repeated row it is
 * in („Sprache 2, Niveau“). Undefined when the form has no such control.
 */
export function fieldLabel(id: string): string | undefined {
  const element = document.getElementById(id);
  if (!element) return undefined;
  const caption =
    element instanceof HTMLFieldSetElement
      ? element.querySelector(":scope > legend")
      : (element as HTMLInputElement).labels?.[0];
  const own = caption?.firstChild?.textContent?.trim();
  const row = element.parentElement
    ?.closest("fieldset.repeat-row")
    ?.querySelector(":scope > legend")
    ?.textContent?.trim();
  const name = [row, own].filter(Boolean).join(", ");
  return name || undefined;
}
