import { useI18n } from "../i18n/use-i18n.js";
import { FieldError } from "./FieldError.js";
import type { Option } from "./SelectField.js";

interface RadioGroupProps<V extends string> {
  id: string;
  legend: string;
  options: readonly Option<V>[];
  value: V | "";
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  horizontal?: boolean;
}

/** A fieldset of KERN radio buttons: one choice, reachable with Tab and the arrow keys. */
export function RadioGroup<V extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  optional,
  horizontal,
}: RadioGroupProps<V>) {
  const { t } = useI18n();
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
              className={`kern-form-check__radio${error ? " kern-form-check__radio--error" : ""}`}
              type="radio"
              name={id}
              id={`${id}-${option.value}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
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
