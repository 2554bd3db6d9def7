import type { VolunteerSignup } from "@integrationspaten/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { acceptSignupSchema } from "../../../shared/api.js";
import { acceptSignup } from "../../api/signups.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { fieldId } from "../../ui/form-issues.js";
import { RadioGroup } from "../../ui/RadioGroup.js";
import { ProfileForm } from "../volunteers/profile/ProfileForm.js";
import { draftFromSignup } from "../volunteers/profile/profile-draft.js";

const FORM_ID = "accept";
/** Where an accepted volunteer may start (the contract's enum behind its default). */
const START_STATUSES = acceptSignupSchema.shape.status.unwrap().options;
type StartStatus = (typeof START_STATUSES)[number];

/** Accepting: the volunteer record, pre-filled from the sign-up, and where they start. */
export function AcceptSignupForm({
  signupId,
  payload,
}: {
  signupId: string;
  payload: Partial<VolunteerSignup>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftFromSignup(payload));
  const [status, setStatus] = useState<StartStatus>("in_training");
  return (
    <section className="kern-stack-md page-section" aria-labelledby="accept-title">
      <h2 className="kern-heading-medium" id="accept-title">
        {t("accept.title")}
      </h2>
      <p className="kern-body">{t("accept.intro")}</p>
      <ProfileForm
        formId={FORM_ID}
        initial={initial}
        submitLabel={t("accept.submit")}
        availabilityNote={payload.availabilityNote}
        send={async (profile) => {
          const volunteer = await acceptSignup(signupId, { profile, status });
          // Off to the new record first: refreshing the sign-up before would replace this
          // form (and the focused button) with the decision while the navigation runs.
          queryClient.setQueryData(["volunteers", "detail", volunteer.id], volunteer);
          await navigate({
            to: "/ehrenamtliche/$volunteerId",
            params: { volunteerId: volunteer.id },
          });
          void queryClient.invalidateQueries({ queryKey: ["signups"] });
          void queryClient.invalidateQueries({ queryKey: ["volunteers", "list"] });
        }}
        extra={(issueFor) => (
          <RadioGroup
            id={fieldId(FORM_ID, "status")}
            legend={t("accept.startStatus")}
            options={START_STATUSES.map((s) => ({ value: s, label: t(`volunteerStatus.${s}`) }))}
            value={status}
            error={issueFor("status")}
            onChange={setStatus}
          />
        )}
      />
    </section>
  );
}
