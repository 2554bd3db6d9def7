import {
  ChoiceGroup,
  ConsentField,
  ErrorSummary,
  MetaFields,
  SelectField,
  ServerProblemMessage,
  SubmitButton,
  stringsOf,
  TextArea,
  TextField,
  useFormController,
} from "./FormParts";
import { fieldId, LANGUAGE_ROWS, type VolunteerSignupFormProps } from "./form-model";

/** The rows of the plain form: fixed, so a row's number is its identity. */
const LANGUAGE_ROW_NUMBERS = Array.from({ length: LANGUAGE_ROWS }, (_, row) => row);

/**
 * The volunteer sign-up form. Languages come as rows of language and level
 * (`languages.N.language`, `languages.N.level`), as the url-encoded contract defines.
 */
export default function VolunteerSignupForm(props: VolunteerSignupFormProps) {
  const t = stringsOf(props.strings);
  const controller = useFormController("volunteer_signup", props);
  const { idPrefix } = props;
  const error = controller.errorFor;
  const targetOf = (key: string) => {
    if (key === "categories") return `${fieldId(idPrefix, key)}-0`;
    if (key === "languages") return fieldId(idPrefix, "languages.0.language");
    return fieldId(idPrefix, key);
  };
  const levels = ["native", "fluent", "basic"].map((value) => ({
    value,
    label: t(`volunteer.level.${value}`),
  }));
  const languageOptions = props.languages.map((l) => ({ value: l.value, label: l.label }));
  const languagesError = error("languages");
  const languagesHintId = `${fieldId(idPrefix, "languages")}-hint`;
  const languagesErrorId = `${fieldId(idPrefix, "languages")}-error`;

  return (
    <form
      className="form"
      ref={controller.formRef}
      action={props.action}
      method="post"
      acceptCharset="utf-8"
      onSubmit={controller.onSubmit}
      aria-labelledby={`${idPrefix}-title`}
    >
      <h2 id={`${idPrefix}-title`}>{t("volunteer.form.heading")}</h2>
      <ServerProblemMessage controller={controller} t={t} />
      <ErrorSummary controller={controller} idPrefix={idPrefix} t={t} targetOf={targetOf} />
      <p>{t("volunteer.form.intro")}</p>
      <p>{t("form.requiredNote")}</p>
      <MetaFields
        idPrefix={idPrefix}
        locale={props.locale}
        startedAt={controller.startedAt}
        t={t}
      />

      <TextField
        idPrefix={idPrefix}
        fieldKey="name"
        label={t("volunteer.name.label")}
        autoComplete="name"
        required
        maxLength={120}
        error={error("name")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="email"
        type="email"
        label={t("volunteer.email.label")}
        autoComplete="email"
        inputMode="email"
        required
        error={error("email")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="phone"
        type="tel"
        label={t("volunteer.phone.label")}
        hint={t("volunteer.phone.hint")}
        autoComplete="tel"
        inputMode="tel"
        error={error("phone")}
        t={t}
      />
      <SelectField
        idPrefix={idPrefix}
        fieldKey="municipality"
        label={t("volunteer.municipality.label")}
        required
        options={props.municipalities}
        error={error("municipality")}
        t={t}
      />

      <div className={languagesError ? "form-group form-group--error" : "form-group"}>
        <fieldset
          id={fieldId(idPrefix, "languages")}
          aria-describedby={[languagesHintId, languagesError ? languagesErrorId : ""]
            .filter(Boolean)
            .join(" ")}
        >
          <legend>
            {t("volunteer.languages.legend")}{" "}
            <span className="label__status">({t("form.required")})</span>
          </legend>
          <p className="hint" id={languagesHintId}>
            {t("volunteer.languages.hint")}
          </p>
          {languagesError && (
            <p className="field-error" id={languagesErrorId}>
              <span>{t("form.errorPrefix")}</span> {languagesError.message}
            </p>
          )}
          {LANGUAGE_ROW_NUMBERS.map((row) => (
            <fieldset className="language-row" key={`languages.${row}`}>
              <legend>{t("volunteer.languages.row", { n: row + 1 })}</legend>
              <SelectField
                idPrefix={idPrefix}
                fieldKey={`languages.${row}.language`}
                label={t("volunteer.languages.language")}
                required={row === 0}
                options={languageOptions}
                error={error(`languages.${row}.language`)}
                t={t}
              />
              <SelectField
                idPrefix={idPrefix}
                fieldKey={`languages.${row}.level`}
                label={t("volunteer.languages.level")}
                required={row === 0}
                options={levels}
                error={error(`languages.${row}.level`)}
                t={t}
              />
            </fieldset>
          ))}
        </fieldset>
      </div>

      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="categories"
        type="checkbox"
        label={t("volunteer.categories.legend")}
        hint={t("volunteer.categories.hint")}
        required
        options={props.categories}
        error={error("categories")}
        t={t}
      />
      <TextArea
        idPrefix={idPrefix}
        fieldKey="availabilityNote"
        label={t("volunteer.availability.label")}
        hint={t("volunteer.availability.hint")}
        maxLength={500}
        rows={3}
        error={error("availabilityNote")}
        t={t}
      />
      <TextArea
        idPrefix={idPrefix}
        fieldKey="motivation"
        label={t("volunteer.motivation.label")}
        maxLength={1000}
        error={error("motivation")}
        t={t}
      />
      <ConsentField
        idPrefix={idPrefix}
        error={error("consent")}
        t={t}
        privacyPath={props.privacyPath}
        privacyLang={props.privacyLang}
        retentionText={t("form.privacy.volunteer.retention", { days: props.retentionDays })}
      />
      <SubmitButton label={t("volunteer.submit")} sending={controller.sending} t={t} />
    </form>
  );
}
