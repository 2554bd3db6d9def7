// Hydrates the certificate check rendered at build time (see hydrate-help-request.tsx).
// First: configures zod before the domain package builds its schemas.
import "./zod-csp";
import { hydrateRoot } from "react-dom/client";
import CertificateCheckForm from "./CertificateCheckForm";
import type { CertificateCheckProps } from "./certificate-check-model";
import { loadMessages } from "./messages";

export async function hydrate(element: HTMLElement): Promise<void> {
  const props = JSON.parse(element.dataset.props ?? "{}") as CertificateCheckProps;
  await loadMessages(props.locale);
  hydrateRoot(element, <CertificateCheckForm {...props} />);
}
