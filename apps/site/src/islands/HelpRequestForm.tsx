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
import { fieldId, type HelpRequestFormProps, type Option } from "./form-model";

/**
 * The help request form: who asks, how to reply, what kind of help, which language, where
 * and when. Field names are those of the domain's help request schema.
 */
export default function HelpRequestForm(props: HelpRequestFormProps) {
  const t = stringsOf(props.strings);
  const controller = useFormController("help_request", props);
  const { idPrefix } = props;
  const error = controller.errorFor;
  const groups = new Set(["requesterRole", "category", "languages", "weekdays", "timesOfDay"]);
  const targetOf = (key: string) =>
    groups.has(key) ? `${fieldId(idPrefix, key)}-0` : fieldId(idPrefix, key);
  const contactHintId = `${idPrefix}-contact-hint`;
  const languageLabel = (option: Option) => {
    const language = props.languages.find((l) => l.value === option.value);
    return language?.autonym ? (
      <>
        {option.label} (<span lang={option.value}>{language.autonym}</span>)
      </>
    ) : (
      option.label
    );
  };

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
      <h2 id={`${idPrefix}-title`}>{t("help.form.heading")}</h2>
      <ServerProblemMessage controller={controller} t={t} />
      <ErrorSummary controller={controller} idPrefix={idPrefix} t={t} targetOf={targetOf} />
      <p>{t("form.requiredNote")}</p>
      <MetaFields
        idPrefix={idPrefix}
        locale={props.locale}
        startedAt={controller.startedAt}
        t={t}
      />

      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="requesterRole"
        type="radio"
        label={t("help.role.legend")}
        required
        options={[
          { value: "self", label: t("help.role.self") },
          { value: "on_behalf", label: t("help.role.onBehalf") },
        ]}
        error={error("requesterRole")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="contactName"
        label={t("help.contactName.label")}
        hint={t("help.contactName.hint")}
        autoComplete="name"
        required
        maxLength={120}
        error={error("contactName")}
        t={t}
      />
      <p className="hint" id={contactHintId}>
        {t("help.contact.hint")}
      </p>
      <TextField
        idPrefix={idPrefix}
        fieldKey="contactEmail"
        type="email"
        label={t("help.contactEmail.label")}
        autoComplete="email"
        inputMode="email"
        extraDescribedBy={contactHintId}
        error={error("contactEmail")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="contactPhone"
        type="tel"
        label={t("help.contactPhone.label")}
        autoComplete="tel"
        inputMode="tel"
        extraDescribedBy={contactHintId}
        error={error("contactPhone")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="organisation"
        label={t("help.organisation.label")}
        hint={t("help.organisation.hint")}
        autoComplete="organization"
        maxLength={160}
        error={error("organisation")}
        t={t}
      />
      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="category"
        type="radio"
        label={t("help.category.legend")}
        required
        options={props.categories}
        error={error("category")}
        t={t}
      />
      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="languages"
        type="checkbox"
        label={t("help.languages.legend")}
        hint={t("help.languages.hint")}
        required
        columns
        options={props.languages.map((l) => ({ value: l.value, label: l.label }))}
        defaultChecked={props.preselectedLanguages}
        renderLabel={languageLabel}
        error={error("languages")}
        t={t}
      />
      <SelectField
        idPrefix={idPrefix}
        fieldKey="municipality"
        label={t("help.municipality.label")}
        hint={t("help.municipality.hint")}
        required
        options={props.municipalities}
        error={error("municipality")}
        t={t}
      />
      <TextField
        idPrefix={idPrefix}
        fieldKey="preferredDate"
        type="date"
        label={t("help.date.label")}
        hint={t("help.date.hint")}
        error={error("preferredDate")}
        t={t}
      />
      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="weekdays"
        type="checkbox"
        label={t("help.weekdays.legend")}
        hint={t("help.weekdays.hint")}
        columns
        options={props.weekdays}
        error={error("weekdays")}
        t={t}
      />
      <ChoiceGroup
        idPrefix={idPrefix}
        fieldKey="timesOfDay"
        type="checkbox"
        label={t("help.times.legend")}
        hint={t("help.times.hint")}
        options={props.timesOfDay}
        error={error("timesOfDay")}
        t={t}
      />
      <TextArea
        idPrefix={idPrefix}
        fieldKey="description"
        label={t("help.description.label")}
        hint={t("help.description.hint")}
        maxLength={500}
        error={error("description")}
        t={t}
      />
      <ConsentField
        idPrefix={idPrefix}
        error={error("consent")}
        t={t}
        privacyPath={props.privacyPath}
        privacyLang={props.privacyLang}
        retentionText={t("form.privacy.help.retention", { days: props.retentionDays })}
      />
      <SubmitButton label={t("help.submit")} sending={controller.sending} t={t} />
    </form>
  );
}
