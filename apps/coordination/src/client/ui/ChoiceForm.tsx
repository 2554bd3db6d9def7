import { useState } from "react";
import type { z } from "zod";
import { Button } from "./Button.js";
import { ErrorSummary } from "./ErrorSummary.js";
import { fieldId } from "./form-issues.js";
import { RadioGroup } from "./RadioGroup.js";
import type { Option } from "./SelectField.js";
import { useFormSubmit } from "./use-form-submit.js";

interface ChoiceFormProps<V extends string> {
  /** The form's id; its field's id and the error summary's links derive from it. */
  formId: string;
  title: string;
  /** The one field the contract's schema checks: it gets `{ [field]: choice }`. */
  field: string;
  legend: string;
  hint?: string;
  options: readonly Option<V>[];
  schema: z.ZodType;
  submitLabel: string;
  /** A KERN icon name for the submit button. */
  submitIcon: string;
  /** Sends the checked choice; a thrown API error shows in the summary and at the field. */
  send: (choice: V) => Promise<unknown>;
}

/**
 * A decision among fixed options as its own section — closing a case with an outcome,
 * declining a sign-up with a reason: a heading, one radio group, the error summary and a
 * submit button. Fixed options rather than free text, so that nothing about a person
 * is written down in passing.
 */
export function ChoiceForm<V extends string>({
  formId,
  title,
  field,
  legend,
  hint,
  options,
  schema,
  submitLabel,
  submitIcon,
  send,
}: ChoiceFormProps<V>) {
  const [choice, setChoice] = useState<V | "">("");
  const form = useFormSubmit<Record<string, V | "">>({
    schema,
    // The schema let it through, so it is one of the options.
    send: (value) => send(value[field] as V),
  });
  const titleId = `${formId}-title`;
  return (
    <section className="kern-stack-md page-section" aria-labelledby={titleId}>
      <h2 className="kern-heading-medium" id={titleId}>
        {title}
      </h2>
      <form
        id={formId}
        className="kern-stack-md form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({ [field]: choice });
        }}
      >
        <ErrorSummary formId={formId} message={form.message} issues={form.issues} />
        <RadioGroup
          id={fieldId(formId, field)}
          legend={legend}
          hint={hint}
          options={options}
          value={choice}
          error={form.issueFor(field)}
          onChange={setChoice}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" icon={submitIcon} disabled={form.pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </section>
  );
}
