import type { HelpRequestForm } from "@integrationspaten/domain";
import type { Submission } from "../../../shared/api.js";

/** The form a help request was sent with (the site validated it with the domain's schema). */
export function helpRequestForm(submission: Submission): Partial<HelpRequestForm> {
  return submission.payload as Partial<HelpRequestForm>;
}
