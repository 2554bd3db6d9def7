import { useState } from "react";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { SelectField } from "../../ui/SelectField.js";

/**
 * The report's year. It applies on submit (Enter or the button), not on every change, so
 * going through the years with the arrow keys does not load a report for each.
 */
export function ReportYearForm({
  years,
  value,
  onApply,
}: {
  years: readonly number[];
  value: number;
  onApply: (year: number) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(String(value));
  return (
    <search aria-label={t("report.chooseYear")}>
      <form
        className="report-year"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(Number(draft));
        }}
      >
        <SelectField
          id="report-year"
          label={t("report.year")}
          value={draft}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          onChange={setDraft}
        />
        <Button type="submit" variant="secondary">
          {t("report.show")}
        </Button>
      </form>
    </search>
  );
}
