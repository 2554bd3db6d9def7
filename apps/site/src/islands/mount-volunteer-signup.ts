// The sign-up form's page script (see mount-help-request.ts).
import { hydrateOnIntent } from "./hydrate-on-intent";

hydrateOnIntent('[data-island="volunteer-signup"]', () =>
  import("./hydrate-volunteer-signup").then((m) => m.hydrate),
);
