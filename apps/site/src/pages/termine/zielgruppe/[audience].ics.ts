import type { Audience } from "@integrationspaten/domain";
import type { APIRoute, GetStaticPaths } from "astro";
import { useTranslations } from "../../../i18n/translate";
import { calendarResponse, feedCalendar } from "../../../lib/calendar-files";
import { AUDIENCE_FEEDS, loadProgramme } from "../../../lib/programme";

/** One feed per audience: trainees, integration companions, public. */
export const getStaticPaths: GetStaticPaths = () =>
  (Object.entries(AUDIENCE_FEEDS) as [Audience, string][]).map(([audience, slug]) => ({
    params: { audience: slug },
    props: { audience },
  }));

export const GET: APIRoute = async ({ props }) => {
  const audience = props.audience as Audience;
  const t = useTranslations("de");
  const programme = await loadProgramme();
  const occurrences = programme.occurrences.filter((o) => o.event.audience.includes(audience));
  return calendarResponse(
    feedCalendar(
      occurrences,
      `Integrationspaten Alzey-Worms – Termine für ${t(`dates.audience.${audience}`)}`,
    ),
  );
};
