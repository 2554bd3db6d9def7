import { useCallback, useState } from "react";
import type { z } from "zod";
import { type FieldIssue, isApiError } from "../api/http.js";
import { useI18n } from "../i18n/use-i18n.js";
import { withoutPrefix } from "./form-issues.js";
import type { SaveResult } from "./StatusMessage.js";
import { validate } from "./validate.js";

interface FormSubmitOptions<V> {
  /** The contract's schema: checked before sending (the Worker checks again). */
  schema?: z.ZodType;
  send: (value: V) => Promise<unknown>;
  /** Removed from the API's field paths when the form edits a nested object (`profile`). */
  issuePrefix?: string;
  /** Announced in the form's live region after a successful save. */
  successMessage?: string;
}

/**
 * The life of a form submission: check with the schema, send, and keep what went wrong
 * (a message for the summary and the issues per field) or the success message.
 */
export function useFormSubmit<V>({
  schema,
  send,
  issuePrefix,
  successMessage,
}: FormSubmitOptions<V>) {
  const { t, locale } = useI18n();
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);

  const submit = useCallback(
    async (value: V) => {
      setPending(true);
      setResult(null);
      try {
        if (schema) {
          const checked = await validate(schema, value, locale);
          if (!checked.ok) {
            setIssues(checked.issues.map(({ field, message }) => ({ field, message })));
            setMessage(t("form.checkInput"));
            return;
          }
        }
        await send(value);
        setIssues([]);
        setMessage(undefined);
        if (successMessage) setResult({ kind: "success", message: successMessage });
      } catch (error) {
        const fieldIssues = isApiError(error) ? error.issues : [];
        setIssues(issuePrefix ? withoutPrefix(fieldIssues, issuePrefix) : fieldIssues);
        setMessage(isApiError(error) ? error.message : t("error.unexpected"));
      } finally {
        setPending(false);
      }
    },
    [schema, send, issuePrefix, successMessage, locale, t],
  );

  const issueFor = useCallback(
    (field: string) => issues.find((issue) => issue.field === field)?.message,
    [issues],
  );

  return { submit, pending, issues, message, result, issueFor };
}
