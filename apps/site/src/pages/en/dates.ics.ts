import type { APIRoute } from "astro";
import { calendarResponse, feedCalendar } from "../../lib/calendar-files";
import { loadProgramme } from "../../lib/programme";

/** The subscribable feed of all dates with English titles (German where none is written). */
export const GET: APIRoute = async () => {
  const programme = await loadProgramme();
  return calendarResponse(
    feedCalendar(programme.occurrences, "Integration companions Alzey-Worms – dates", "en"),
  );
};
