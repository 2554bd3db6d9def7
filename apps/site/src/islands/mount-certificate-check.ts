// The certificate check's page script (see mount-help-request.ts). A printed certificate
// links here with its number: then the island comes at once and checks it on arrival.
import type { CertificateCheckProps } from "./certificate-check-model";
import { hydrateOnIntent } from "./hydrate-on-intent";

hydrateOnIntent(
  '[data-island="certificate-check"]',
  () => import("./hydrate-certificate-check").then((m) => m.hydrate),
  (element) => {
    const { numberParameter } = JSON.parse(element.dataset.props ?? "{}") as CertificateCheckProps;
    return new URLSearchParams(window.location.search).has(numberParameter);
  },
);
