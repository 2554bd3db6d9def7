import {
  alzeyWorms,
  expandOccurrences,
  formatOccurrence,
  groupByMonth,
  nextOccurrence,
  parseProgrammeEvents,
  upcomingOccurrences,
} from "@integrationspaten/domain";
import { calendarFileName, feedToIcs, occurrenceToIcs } from "@integrationspaten/domain/ics";

const district = alzeyWorms();
const parsed = parseProgrammeEvents(
  [
    {
      id: "stammtisch",
      kind: "meeting",
      title: { de: "Stammtisch", en: "Get-together" },
      location: "Café Asyl",
      when: {
        type: "series",
        recurrence: { frequency: "weekly", interval: 2, weekday: 2 }, // every 2nd Tuesday
        from: "2026-03-17",
        until: "2026-12-15",
        start: "18:00",
        end: "19:30",
        exceptions: [
          { date: "2026-03-31", status: "cancelled" },
          { date: "2026-04-14", status: "moved", start: "19:00", end: "20:30" },
        ],
      },
    },
    {
      id: "treffen-fruehjahr-2027",
      kind: "meeting",
      title: { de: "Treffen aller Integrationspatinnen und -paten" },
      when: { type: "tentative", year: 2027, season: "spring" },
    },
  ],
  "de",
);
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.field}: ${i.message}`).join("\n"));

const occurrences = expandOccurrences(parsed.value, { timeZone: district.timeZone });
const upcoming = upcomingOccurrences(occurrences, new Date("2026-03-01T00:00:00Z"));
formatOccurrence(upcoming[0], { locale: "de", timeZone: district.timeZone });
//=> "Dienstag, 17. März 2026, 18:00–19:30 Uhr"
groupByMonth(upcoming, { locale: "de", timeZone: district.timeZone }).map((g) => g.label);
//=> ["März 2026", "April 2026", …, "Termin folgt"]
nextOccurrence(occurrences, new Date(), (o) => o.event.kind === "meeting"); // "next meeting"

const generatedAt = new Date("2026-03-01T00:00:00Z"); // DTSTAMP: same input → same bytes
const feed = feedToIcs(occurrences, {
  domain: district.domain, // UIDs: "stammtisch-20260331@integrationspaten.alzey-worms.de"
  generatedAt,
  name: "Integrationspaten – Termine",
  refreshHours: 12, // REFRESH-INTERVAL and X-PUBLISHED-TTL
});
const file = occurrenceToIcs(upcoming[0], { domain: district.domain, generatedAt });
calendarFileName(upcoming[0]); //=> "stammtisch-20260317.ics"
console.log(formatOccurrence(upcoming[0], { locale: "de", timeZone: district.timeZone }));
console.log(
  feed.includes("UID:stammtisch-20260331@integrationspaten.alzey-worms.de"),
  file.includes("METHOD:PUBLISH"),
);
