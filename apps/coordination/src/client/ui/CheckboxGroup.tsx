import { useI18n } from "../i18n/use-i18n.js";
import { FieldError } from "./FieldError.js";
import type { Option } from "./SelectField.js";

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly Option[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  horizontal?: boolean;
}

/** A fieldset of KERN checkboxes for a multiple choice; keeps the options' order. */
export function CheckboxGroup({
  id,
  legend,
  options,
  values,
  onChange,
  hint,
  error,
  optional,
  horizontal,
}: CheckboxGroupProps) {
  const { t } = useI18n();
  const toggle = (value: string, checked: boolean) =>
    onChange(
      options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))),
    );
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <fieldset
      id={id}
      className={`kern-fieldset${error ? " kern-fieldset--error" : ""}`}
      aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
    >
      <legend className="kern-label">
        {legend}
        {optional ? <span className="kern-label__optional"> – {t("form.optional")}</span> : null}
      </legend>
      {hint ? (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div className={`kern-fieldset__body${horizontal ? " kern-fieldset__body--horizontal" : ""}`}>
        {options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className={`kern-form-check__checkbox${error ? " kern-form-check__checkbox--error" : ""}`}
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="kern-label" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
