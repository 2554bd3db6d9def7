// Public API of @integrationspaten/domain/ics (re-exports only, every name listed): calendar
// files built on the `ics` package (an optional peer dependency). Its own entry point,
// because `ics` cannot be loaded inside workerd: the root entry and the forms worker never
// import it.

export { calendarFileName } from "../schedule/calendar-file.js";
export {
  type CalendarOptions,
  type FeedOptions,
  feedToIcs,
  occurrenceToIcs,
} from "./calendar.js";
