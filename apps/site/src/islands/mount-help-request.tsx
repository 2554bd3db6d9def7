// Hydrates the help request form rendered at build time. An external module (no inline
// script), so the Content-Security-Policy can stay at script-src 'self'. React renders the
// HTML at build time; in the browser `react-dom/client` is preact/compat's (astro.config.mjs),
// which hydrates React's markup as it is, at a tenth of React DOM's size.
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import type { HelpRequestFormProps } from "./form-model";
import HelpRequestForm from "./HelpRequestForm";
import { loadMessages } from "./messages";

for (const element of document.querySelectorAll<HTMLElement>('[data-island="help-request"]')) {
  const props = JSON.parse(element.dataset.props ?? "{}") as HelpRequestFormProps;
  // Until the page language's messages are there, the plain HTML form keeps working.
  void loadMessages(props.locale).then(() => hydrateRoot(element, <HelpRequestForm {...props} />));
}
