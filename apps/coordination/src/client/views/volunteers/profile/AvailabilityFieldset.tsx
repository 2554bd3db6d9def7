import { weekdays } from "../../../format/dates.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { Button } from "../../../ui/Button.js";
import { fieldId } from "../../../ui/form-issues.js";
import { SelectField } from "../../../ui/SelectField.js";
import { TextField } from "../../../ui/TextField.js";
import { emptySlotRow, type SlotRow } from "./profile-draft.js";
import type { ProfileSectionProps } from "./section-props.js";

/** Weekly availability: weekday and a window in local time, rows added and removed. */
export function AvailabilityFieldset({
  formId,
  draft,
  change,
  issueFor,
  note,
}: ProfileSectionProps & { note?: string | undefined }) {
  const { t, locale } = useI18n();
  const days = weekdays(locale).map((d) => ({ value: String(d.value), label: d.name }));
  const rows = draft.availability;
  const update = (key: string, patch: Partial<SlotRow>) =>
    change({ availability: rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="kern-fieldset" id={fieldId(formId, "availability")}>
      <legend className="kern-label">
        {t("profile.availability")}
        <span className="kern-label__optional"> – {t("form.optional")}</span>
      </legend>
      <div className="kern-hint" id={`${fieldId(formId, "availability")}-hint`}>
        {note ? t("profile.availabilityNote", { note }) : t("profile.availabilityHint")}
      </div>
      <div className="kern-fieldset__body">
        {rows.map((row, index) => (
          <fieldset
            className="kern-fieldset repeat-row"
            key={row.key}
            id={fieldId(formId, `availability.${index}`)}
          >
            <legend className="kern-sr-only">{t("profile.slotN", { n: index + 1 })}</legend>
            <div className="repeat-row__fields">
              <SelectField
                id={fieldId(formId, `availability.${index}.weekday`)}
                label={t("profile.weekday")}
                value={row.weekday}
                options={days}
                placeholder={t("form.choose")}
                error={issueFor(`availability.${index}.weekday`)}
                onChange={(weekday) => update(row.key, { weekday })}
              />
              <TextField
                id={fieldId(formId, `availability.${index}.from`)}
                label={t("profile.from")}
                type="time"
                value={row.from}
                error={issueFor(`availability.${index}.from`)}
                onChange={(from) => update(row.key, { from })}
              />
              <TextField
                id={fieldId(formId, `availability.${index}.to`)}
                label={t("profile.to")}
                type="time"
                value={row.to}
                error={issueFor(`availability.${index}.to`)}
                onChange={(to) => update(row.key, { to })}
              />
            </div>
            <Button
              variant="tertiary"
              icon="delete"
              onClick={() => change({ availability: rows.filter((r) => r.key !== row.key) })}
            >
              {t("profile.removeSlot", { n: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <div>
          <Button
            variant="secondary"
            icon="add"
            onClick={() => change({ availability: [...rows, emptySlotRow()] })}
          >
            {t("profile.addSlot")}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
