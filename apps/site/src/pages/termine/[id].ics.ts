import { calendarFileName } from "@integrationspaten/domain/ics";
import type { APIRoute, GetStaticPaths } from "astro";
import { calendarResponse, singleCalendar } from "../../lib/calendar-files";
import { datedOccurrences, loadProgramme } from "../../lib/programme";

/** One calendar file per dated occurrence (past ones too: links in mails keep working). */
export const getStaticPaths: GetStaticPaths = async () => {
  const programme = await loadProgramme();
  return datedOccurrences(programme).map((occurrence) => ({
    params: { id: calendarFileName(occurrence).replace(/\.ics$/, "") },
    props: { id: occurrence.id },
  }));
};

export const GET: APIRoute = async ({ props }) => {
  const programme = await loadProgramme();
  const occurrence = datedOccurrences(programme).find((o) => o.id === props.id);
  if (!occurrence) return new Response(null, { status: 404 });
  return calendarResponse(singleCalendar(occurrence));
};
