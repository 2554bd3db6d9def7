import type { InputHTMLAttributes } from "react";
import { useI18n } from "../i18n/use-i18n.js";
import { FieldError } from "./FieldError.js";

interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "className" | "id"> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Marks the label „optional“ (KERN marks the optional fields, not the required ones). */
  optional?: boolean;
}

/** A labelled KERN text input with hint and error message. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  ...input
}: TextFieldProps) {
  const { t } = useI18n();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <input
        {...input}
        id={id}
        className={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
        aria-invalid={error ? true : undefined}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
