import {
  expandOccurrences,
  type ProgrammeEventInput,
  parseProgrammeEvents,
  programmeSessionEventId,
} from "@integrationspaten/domain";
import { feedToIcs } from "@integrationspaten/domain/ics";
import { workspaceDistrict } from "../../shared/district.js";
import { categoryName } from "../mail/texts.js";

/*
 * A volunteer's own calendar feed, built with the domain's `./ics`: their accepted
 * assignments with an agreed appointment (time, place, type of help — never the
 * requester's name) and the programme's training sessions. Each entry keeps its UID, and
 * its SEQUENCE rises with every change (a new appointment time, a cancelled session).
 */

interface AssignmentRow {
  id: string;
  category: string;
  appointment_date: string;
  appointment_start: string;
  appointment_end: string;
  appointment_place: string | null;
  cancelled: number;
  changes: number;
}

interface SessionRow {
  id: string;
  kind: "expert_talk" | "workshop";
  module: string;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  location: string | null;
  cancelled: number;
  sequence: number;
}

export async function volunteerFeed(
  db: D1Database,
  volunteerId: string,
  now: Date,
): Promise<string> {
  const { district } = workspaceDistrict();
  const [assignments, sessions] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT a.id, c.category, c.appointment_date, c.appointment_start, c.appointment_end,
                c.appointment_place,
                (a.state <> 'accepted' OR c.outcome IN ('withdrawn', 'nobody_found', 'referred')) AS cancelled,
                (SELECT count(*) FROM case_events e WHERE e.case_id = c.id AND e.event = 'appointment') AS changes
         FROM assignments a JOIN help_cases c ON c.id = a.case_id
         WHERE a.volunteer_id = ?1 AND a.state IN ('accepted', 'released')
           AND c.appointment_date IS NOT NULL AND c.anonymised_at IS NULL`,
      )
      .bind(volunteerId),
    db
      .prepare(
        `SELECT id, kind, module, title, date, start_time, end_time, location, cancelled, sequence
       FROM training_sessions WHERE date >= date(?1, '-90 days') ORDER BY date, start_time`,
      )
      .bind(now.toISOString()),
  ]);
  const assignmentRows = (assignments?.results ?? []) as unknown as AssignmentRow[];
  const sessionRows = (sessions?.results ?? []) as unknown as SessionRow[];
  const sequences = new Map<string, number>();
  const inputs: ProgrammeEventInput[] = [
    ...assignmentRows.map((a): ProgrammeEventInput => {
      const id = `begleitung-${a.id}`;
      // The first appointment is revision 0; each change after it one more.
      sequences.set(id, Math.max(0, a.changes - 1) + (a.cancelled ? 1 : 0));
      return {
        id,
        kind: "other",
        audience: ["volunteers"],
        // The category's label says what it is („Begleitung zu Behörden“, „Termine im
        // Jobcenter“); the description says it is one's own assignment.
        title: { de: categoryName(a.category, "de"), en: categoryName(a.category, "en") },
        description: {
          de: "Ihre Begleitung als Integrationspatin oder -pate. Kontakt und Einzelheiten: siehe E-Mail der Koordinierungsstelle.",
          en: "Your assignment as an integration companion. Contact and details: see the coordination point's e-mail.",
        },
        ...(a.appointment_place ? { location: a.appointment_place } : {}),
        status: a.cancelled ? "cancelled" : "confirmed",
        when: {
          type: "single",
          date: a.appointment_date,
          start: a.appointment_start,
          end: a.appointment_end,
        },
      };
    }),
    ...sessionRows.map((s): ProgrammeEventInput => {
      const id = programmeSessionEventId(s.id);
      sequences.set(id, s.sequence);
      return {
        id,
        kind: s.kind,
        audience: ["trainees", "volunteers"],
        title: { de: s.title },
        ...(s.location ? { location: s.location } : {}),
        module: s.module,
        status: s.cancelled ? "cancelled" : "confirmed",
        when: { type: "single", date: s.date, start: s.start_time, end: s.end_time },
      };
    }),
  ];
  const parsed = parseProgrammeEvents(inputs, "de");
  // Built from our own validated rows; a refusal is a bug.
  if (!parsed.ok) throw new Error(`feed refused stored data: ${parsed.issues[0]?.code}`);
  const occurrences = expandOccurrences(parsed.value, { timeZone: district.timeZone }).map((o) => ({
    ...o,
    sequence: sequences.get(o.event.id) ?? o.sequence,
  }));
  return feedToIcs(occurrences, {
    domain: district.domain,
    generatedAt: now,
    name: "Meine Begleitungen und Termine",
    locale: "de",
    refreshHours: 6,
  });
}
