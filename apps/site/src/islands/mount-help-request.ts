// The help request form's page script: tiny, so the page costs nothing at load. The
// island itself comes when the visitor turns to the form (hydrate-on-intent.ts).
import { hydrateOnIntent } from "./hydrate-on-intent";

hydrateOnIntent('[data-island="help-request"]', () =>
  import("./hydrate-help-request").then((m) => m.hydrate),
);
