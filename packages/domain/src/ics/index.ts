// Public API of @integrationspaten/domain/ics (re-exports only): calendar files built on
// the `ics` package. Its own entry point, because `ics` cannot be loaded inside workerd:
// the root entry and the forms worker never import it.

export * from "../schedule/calendar-file.js";
export * from "./calendar.js";
