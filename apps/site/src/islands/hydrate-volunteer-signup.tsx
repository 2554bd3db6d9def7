// Hydrates the volunteer sign-up form rendered at build time (see hydrate-help-request.tsx).
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import type { VolunteerSignupFormProps } from "./form-model";
import { loadMessages } from "./messages";
import VolunteerSignupForm from "./VolunteerSignupForm";

export async function hydrate(element: HTMLElement): Promise<void> {
  const props = JSON.parse(element.dataset.props ?? "{}") as VolunteerSignupFormProps;
  await loadMessages(props.locale);
  hydrateRoot(element, <VolunteerSignupForm {...props} />);
}
