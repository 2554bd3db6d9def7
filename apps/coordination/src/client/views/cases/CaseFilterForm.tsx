import { useState } from "react";
import {
  categoryOptions,
  languageOptions,
  municipalityOptions,
} from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { SelectField } from "../../ui/SelectField.js";

export type CaseSelectFilters = Readonly<{
  category?: string;
  language?: string;
  municipality?: string;
}>;

/**
 * Kind of help, language and municipality. The choice applies on submit (Enter or the
 * button), not on every change, so the list does not change while someone goes through
 * the options with the arrow keys, and a screen reader hears the result once.
 */
export function CaseFilterForm({
  value,
  onApply,
}: {
  value: CaseSelectFilters;
  onApply: (filters: CaseSelectFilters) => void;
}) {
  const { t, locale } = useI18n();
  const [category, setCategory] = useState(value.category ?? "");
  const [language, setLanguage] = useState(value.language ?? "");
  const [municipality, setMunicipality] = useState(value.municipality ?? "");
  return (
    <search aria-label={t("cases.filters")}>
      <form
        className="filter-bar"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({
            ...(category ? { category } : {}),
            ...(language ? { language } : {}),
            ...(municipality ? { municipality } : {}),
          });
        }}
      >
        <SelectField
          id="cases-category"
          label={t("helpRequest.category")}
          value={category}
          placeholder={t("cases.allCategories")}
          options={categoryOptions(locale)}
          onChange={setCategory}
        />
        <SelectField
          id="cases-language"
          label={t("cases.language")}
          value={language}
          placeholder={t("cases.allLanguages")}
          options={languageOptions(locale)}
          onChange={setLanguage}
        />
        <SelectField
          id="cases-municipality"
          label={t("signups.municipality")}
          value={municipality}
          placeholder={t("cases.allMunicipalities")}
          options={municipalityOptions()}
          onChange={setMunicipality}
        />
        <Button type="submit" variant="secondary" icon="search">
          {t("cases.apply")}
        </Button>
      </form>
    </search>
  );
}
