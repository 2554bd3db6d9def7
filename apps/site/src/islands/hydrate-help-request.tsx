// Hydrates the help request form rendered at build time; loaded by mount-help-request.ts
// when the visitor turns to the form. React renders the HTML at build time; in the browser
// `react-dom/client` is preact/compat's (astro.config.mjs), which hydrates React's markup
// as it is, at a tenth of React DOM's size.
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import type { HelpRequestFormProps } from "./form-model";
import HelpRequestForm from "./HelpRequestForm";
import { loadMessages } from "./messages";

export async function hydrate(element: HTMLElement): Promise<void> {
  const props = JSON.parse(element.dataset.props ?? "{}") as HelpRequestFormProps;
  // Until the page language's messages are there, the plain HTML form keeps working.
  await loadMessages(props.locale);
  hydrateRoot(element, <HelpRequestForm {...props} />);
}
