// Hydrates the volunteer sign-up form rendered at build time (see mount-help-request.tsx).
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import type { VolunteerSignupFormProps } from "./form-model";
import { loadMessages } from "./messages";
import VolunteerSignupForm from "./VolunteerSignupForm";

for (const element of document.querySelectorAll<HTMLElement>('[data-island="volunteer-signup"]')) {
  const props = JSON.parse(element.dataset.props ?? "{}") as VolunteerSignupFormProps;
  // Until the page language's messages are there, the plain HTML form keeps working.
  void loadMessages(props.locale).then(() =>
    hydrateRoot(element, <VolunteerSignupForm {...props} />),
  );
}
