// Brings src/content/calendar-published.json up to date with the date files, as a local
// build does: `pnpm --filter @integrationspaten/site calendar:publish`. Commit the file
// with the date change, so that the published SEQUENCEs are known to the next build.
// Runs in plain Node (type stripping); needs the domain package built (`pnpm build`).
import {
  calendarPublication,
  writeCalendarPublication,
} from "../src/integrations/calendar-publish.ts";

const root = new URL("../", import.meta.url);
try {
  const publication = await calendarPublication(root);
  if (await writeCalendarPublication(publication)) {
    const ids =
      publication.changed.length > 0 ? publication.changed.join(", ") : "Formatierung / formatting";
    console.log(
      `Kalenderstand aktualisiert / calendar state updated (${ids}): ${publication.file.pathname}\nBitte mit committen. / Please commit it.`,
    );
  } else {
    console.log("Kalenderstand ist aktuell / calendar state is up to date.");
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
