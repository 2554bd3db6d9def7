import type { ProfileDraft } from "./profile-draft.js";

/** What every part of the profile form gets: the draft, a way to change it, its issues. */
export interface ProfileSectionProps {
  formId: string;
  draft: ProfileDraft;
  change: (patch: Partial<ProfileDraft>) => void;
  issueFor: (field: string) => string | undefined;
}
