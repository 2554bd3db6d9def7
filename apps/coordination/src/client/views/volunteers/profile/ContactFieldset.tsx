import { useI18n } from "../../../i18n/use-i18n.js";
import { fieldId } from "../../../ui/form-issues.js";
import { TextField } from "../../../ui/TextField.js";
import type { ProfileSectionProps } from "./section-props.js";

/** How the workspace reaches the volunteer. */
export function ContactFieldset({ formId, draft, change, issueFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t("profile.contact")}</legend>
      <div className="kern-fieldset__body">
        <TextField
          id={fieldId(formId, "contact.email")}
          label={t("profile.email")}
          type="email"
          autoComplete="off"
          value={draft.email}
          error={issueFor("contact.email")}
          onChange={(email) => change({ email })}
          required
        />
        <TextField
          id={fieldId(formId, "contact.phone")}
          label={t("profile.phone")}
          type="tel"
          autoComplete="off"
          value={draft.phone}
          error={issueFor("contact.phone")}
          onChange={(phone) => change({ phone })}
          optional
        />
      </div>
    </fieldset>
  );
}
