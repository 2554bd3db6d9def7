import { languageLevelSchema } from "@integrationspaten/domain";
import { offeredLanguages } from "../../../format/district-labels.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { Button } from "../../../ui/Button.js";
import { FieldError } from "../../../ui/FieldError.js";
import { fieldId } from "../../../ui/form-issues.js";
import { SelectField } from "../../../ui/SelectField.js";
import { emptyLanguageRow } from "./profile-draft.js";
import type { ProfileSectionProps } from "./section-props.js";

/** Languages with their level: one row each, rows added and removed. */
export function LanguagesFieldset({ formId, draft, change, issueFor }: ProfileSectionProps) {
  const { t, locale } = useI18n();
  const languages = offeredLanguages(locale).map((l) => ({ value: l.tag, label: l.name }));
  const levels = languageLevelSchema.options.map((level) => ({
    value: level,
    label: t(`languageLevel.${level}`),
  }));
  const groupId = fieldId(formId, "languages");
  const groupError = issueFor("languages");
  const rows = draft.languages;
  return (
    <fieldset
      id={groupId}
      className={`kern-fieldset${groupError ? " kern-fieldset--error" : ""}`}
      aria-describedby={groupError ? `${groupId}-error` : undefined}
    >
      <legend className="kern-label">{t("profile.languages")}</legend>
      <div className="kern-fieldset__body">
        {rows.map((row, index) => (
          <fieldset
            className="kern-fieldset repeat-row"
            key={row.key}
            id={fieldId(formId, `languages.${index}`)}
          >
            <legend className="kern-sr-only">{t("profile.languageN", { n: index + 1 })}</legend>
            <div className="repeat-row__fields">
              <SelectField
                id={fieldId(formId, `languages.${index}.language`)}
                label={t("profile.language")}
                value={row.language}
                options={languages}
                placeholder={t("form.choose")}
                error={issueFor(`languages.${index}.language`) ?? issueFor(`languages.${index}`)}
                onChange={(language) =>
                  change({
                    languages: rows.map((r) => (r.key === row.key ? { ...r, language } : r)),
                  })
                }
              />
              <SelectField
                id={fieldId(formId, `languages.${index}.level`)}
                label={t("profile.level")}
                value={row.level}
                options={levels}
                placeholder={t("form.choose")}
                error={issueFor(`languages.${index}.level`)}
                onChange={(level) =>
                  change({ languages: rows.map((r) => (r.key === row.key ? { ...r, level } : r)) })
                }
              />
            </div>
            <Button
              variant="tertiary"
              icon="delete"
              onClick={() => change({ languages: rows.filter((r) => r.key !== row.key) })}
            >
              {t("profile.removeLanguage", { n: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <div>
          <Button
            variant="secondary"
            icon="add"
            onClick={() => change({ languages: [...rows, emptyLanguageRow()] })}
          >
            {t("profile.addLanguage")}
          </Button>
        </div>
      </div>
      <FieldError id={`${groupId}-error`} message={groupError} />
    </fieldset>
  );
}
