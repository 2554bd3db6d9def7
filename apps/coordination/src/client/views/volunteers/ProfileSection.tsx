import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { VolunteerRecord } from "../../../shared/api.js";
import { saveProfile } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { ProfileForm } from "./profile/ProfileForm.js";
import { draftFromProfile } from "./profile/profile-draft.js";

/** Editing the profile, with the same form as accepting a sign-up. */
export function ProfileSection({ volunteer }: { volunteer: VolunteerRecord }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  return (
    <section className="kern-stack-md page-section" aria-labelledby="profile-title">
      <h2 className="kern-heading-medium" id="profile-title">
        {t("volunteer.profile")}
      </h2>
      {editing ? (
        <>
          <ProfileForm
            formId="profile"
            initial={draftFromProfile(volunteer.profile)}
            submitLabel={t("volunteer.saveProfile")}
            successMessage={t("volunteer.profileSaved")}
            send={async (profile) => {
              const saved = await saveProfile(volunteer.id, profile);
              queryClient.setQueryData(["volunteers", "detail", volunteer.id], saved);
              await queryClient.invalidateQueries({ queryKey: ["volunteers", "list"] });
            }}
          />
          <div>
            <Button variant="tertiary" icon="close" onClick={() => setEditing(false)}>
              {t("volunteer.closeEditing")}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button variant="secondary" icon="edit" onClick={() => setEditing(true)}>
            {t("volunteer.editProfile")}
          </Button>
        </div>
      )}
    </section>
  );
}
