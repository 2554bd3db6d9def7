import { type ReactNode, useState } from "react";
import { type VolunteerProfileInput, volunteerProfileSchema } from "../../../../shared/api.js";
import { workspaceDistrict } from "../../../../shared/district.js";
import { categoryLabel, municipalityName } from "../../../format/district-labels.js";
import { useI18n } from "../../../i18n/use-i18n.js";
import { Button } from "../../../ui/Button.js";
import { CheckboxGroup } from "../../../ui/CheckboxGroup.js";
import { ErrorSummary } from "../../../ui/ErrorSummary.js";
import { fieldId } from "../../../ui/form-issues.js";
import { StatusMessage } from "../../../ui/StatusMessage.js";
import { TextField } from "../../../ui/TextField.js";
import { useFormSubmit } from "../../../ui/use-form-submit.js";
import { AvailabilityFieldset } from "./AvailabilityFieldset.js";
import { ContactFieldset } from "./ContactFieldset.js";
import { GoodConductFieldset } from "./GoodConductFieldset.js";
import { LanguagesFieldset } from "./LanguagesFieldset.js";
import { type ProfileDraft, profileFromDraft } from "./profile-draft.js";

const { district } = workspaceDistrict();

interface ProfileFormProps {
  formId: string;
  initial: ProfileDraft;
  submitLabel: string;
  send: (profile: VolunteerProfileInput) => Promise<unknown>;
  successMessage?: string;
  /** Shown as the hint of the availability (the sign-up's own words). */
  availabilityNote?: string | undefined;
  /** Further fields before the submit button (the start status when accepting). */
  extra?: (issueFor: (field: string) => string | undefined) => ReactNode;
}

/**
 * A volunteer's profile as a form: used to accept a sign-up (pre-filled from it) and to
 * edit a volunteer. Checked with the contract's `volunteerProfileSchema` before sending.
 */
export function ProfileForm({
  formId,
  initial,
  submitLabel,
  send,
  successMessage,
  availabilityNote,
  extra,
}: ProfileFormProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(initial);
  const change = (patch: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const form = useFormSubmit<VolunteerProfileInput>({
    schema: volunteerProfileSchema,
    send,
    issuePrefix: "profile",
    ...(successMessage ? { successMessage } : {}),
  });
  const section = { formId, draft, change, issueFor: form.issueFor };
  return (
    <form
      id={formId}
      className="kern-stack-lg form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(profileFromDraft(draft));
      }}
    >
      <ErrorSummary formId={formId} message={form.message} issues={form.issues} />
      <TextField
        id={fieldId(formId, "displayName")}
        label={t("profile.displayName")}
        value={draft.displayName}
        error={form.issueFor("displayName")}
        onChange={(displayName) => change({ displayName })}
        autoComplete="off"
        required
      />
      <LanguagesFieldset {...section} />
      <CheckboxGroup
        id={fieldId(formId, "municipalities")}
        legend={t("profile.municipalities")}
        options={district.municipalities.map((m) => ({
          value: m.id,
          label: municipalityName(m.id),
        }))}
        values={draft.municipalities}
        error={form.issueFor("municipalities")}
        onChange={(municipalities) => change({ municipalities })}
      />
      <CheckboxGroup
        id={fieldId(formId, "categories")}
        legend={t("profile.categories")}
        options={district.categories.map((c) => ({
          value: c.id,
          label: categoryLabel(c.id, locale),
        }))}
        values={draft.categories}
        error={form.issueFor("categories")}
        onChange={(categories) => change({ categories })}
        optional
      />
      <AvailabilityFieldset {...section} note={availabilityNote} />
      <GoodConductFieldset {...section} />
      <ContactFieldset {...section} />
      {extra?.(form.issueFor)}
      <div className="form__actions">
        <Button type="submit" disabled={form.pending} icon="check">
          {submitLabel}
        </Button>
      </div>
      <StatusMessage result={form.result} />
    </form>
  );
}
