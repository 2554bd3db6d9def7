import { useI18n } from "../../../i18n/use-i18n.js";
import { fieldId } from "../../../ui/form-issues.js";
import { RadioGroup } from "../../../ui/RadioGroup.js";
import { TextField } from "../../../ui/TextField.js";
import type { GoodConductChoice } from "./profile-draft.js";
import type { ProfileSectionProps } from "./section-props.js";

const CHOICES: readonly GoodConductChoice[] = ["none", "clear", "not_clear"];

/**
 * The extended certificate of good conduct: only that it was seen, when, and whether it
 * was clear — never the document (see the domain notes).
 */
export function GoodConductFieldset({ formId, draft, change, issueFor }: ProfileSectionProps) {
  const { t } = useI18n();
  return (
    <div className="kern-stack-sm">
      <RadioGroup
        id={fieldId(formId, "goodConduct.clear")}
        legend={t("profile.goodConduct")}
        hint={t("profile.goodConductHint")}
        options={CHOICES.map((choice) => ({
          value: choice,
          label: t(`profile.goodConduct.${choice}`),
        }))}
        value={draft.goodConduct}
        error={issueFor("goodConduct.clear") ?? issueFor("goodConduct")}
        onChange={(goodConduct) => change({ goodConduct })}
        optional
      />
      {draft.goodConduct === "none" ? null : (
        <TextField
          id={fieldId(formId, "goodConduct.seenOn")}
          label={t("profile.goodConductSeenOn")}
          type="date"
          value={draft.goodConductSeenOn}
          error={issueFor("goodConduct.seenOn")}
          onChange={(goodConductSeenOn) => change({ goodConductSeenOn })}
        />
      )}
    </div>
  );
}
