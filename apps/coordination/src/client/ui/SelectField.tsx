import { useI18n } from "../i18n/use-i18n.js";
import { FieldError } from "./FieldError.js";

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V | "";
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Text of an empty first option („Bitte wählen“); without it there is none. */
  placeholder?: string;
  optional?: boolean;
  /** Hides the label visually (in tables, where the column header says it). */
  hideLabel?: boolean;
}

/** A labelled KERN select. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  hint,
  error,
  placeholder,
  optional,
  hideLabel,
}: SelectFieldProps<V>) {
  const { t } = useI18n();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div className={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
      <label className={`kern-label${hideLabel ? " kern-sr-only" : ""}`} htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
          aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
          aria-invalid={error ? true : undefined}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
