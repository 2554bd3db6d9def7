import type { APIRoute } from "astro";
import { calendarResponse, feedCalendar } from "../lib/calendar-files";
import { loadProgramme } from "../lib/programme";

/** The subscribable feed of all dates (German texts). */
export const GET: APIRoute = async () => {
  const programme = await loadProgramme();
  return calendarResponse(
    feedCalendar(programme.occurrences, "Integrationspatinnen und -paten Alzey-Worms – Termine"),
  );
};
