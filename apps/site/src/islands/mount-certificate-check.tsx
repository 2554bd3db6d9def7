// Hydrates the certificate check rendered at build time (see mount-help-request.tsx).
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import CertificateCheckForm from "./CertificateCheckForm";
import type { CertificateCheckProps } from "./certificate-check-model";
import { loadMessages } from "./messages";

for (const element of document.querySelectorAll<HTMLElement>('[data-island="certificate-check"]')) {
  const props = JSON.parse(element.dataset.props ?? "{}") as CertificateCheckProps;
  // Until the page language's messages are there, the plain HTML form keeps working.
  void loadMessages(props.locale).then(() =>
    hydrateRoot(element, <CertificateCheckForm {...props} />),
  );
}
