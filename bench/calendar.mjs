// Benchmark of the calendar export: a feed of 100, 1,000 and 10,000 events, produced
//   (a) with our export (`feedToIcs` of @integrationspaten/domain/ics, built on `ics`),
//   (b) with the raw `ics` package on the same events (no repairs: its output folds at 75
//       characters, writes X-PUBLISHED-TTL:PT1H and no REFRESH-INTERVAL),
//   (c) with ical-generator (root devDependency) on the same events.
// Each timing starts from the same expanded occurrences and includes building the
// library's event objects and serialising to one string.
//
// Imports the BUILT package, so build first:
//   cd packages/domain && pnpm build && cd ../.. && node --expose-gc bench/calendar.mjs
//
// Prints the median of 5 runs (after one warm-up) and the ratios, plus how many lines of
// each output exceed RFC 5545's 75 octets.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { feedToIcs } from "../packages/domain/dist/ics/index.js";
import { expandOccurrences, parseProgrammeEvents } from "../packages/domain/dist/index.js";
import { machineLine, measure, runsLine } from "./_lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `ics` is a dependency of packages/domain, not of the root: resolve it from there.
const requireFromDomain = createRequire(join(root, "packages/domain/package.json"));
const ics = requireFromDomain("ics");
const requireFromRoot = createRequire(join(root, "package.json"));
/** Version of an installed package (not every package exports its package.json). */
function version(req, name) {
  let dir = dirname(req.resolve(name));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8"));
      if (pkg.name === name) return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
    dir = dirname(dir);
  }
}

const SIZES = [100, 1_000, 10_000];
const DOMAIN = "integration.alzey-worms.example";
const GENERATED_AT = new Date("2026-03-01T09:00:00Z");
const NAME = "Integrationspaten Alzey-Worms – Termine";
const KIND = {
  expert_talk: "Fachvortrag",
  workshop: "Workshop",
  meeting: "Treffen",
  ceremony: "Feierstunde",
  other: "Termin",
};
const TITLES = [
  "Fachvortrag: Kindergeld – Anträge, Fristen und Nachweise",
  "Workshop Begleitung zum Jobcenter (§ 13 Abs. 4 SGB X)",
  "Treffen aller Integrationspatinnen und -paten",
  "Ärztliche Begleitung: Dolmetschen – مرافقة إلى الطبيب",
  "Зустріч волонтерів: обмін досвідом",
];
const DESCRIPTION =
  "Wir sprechen über Erfahrungen aus den letzten Wochen, klären Fragen zu Anträgen und " +
  "verabreden die nächsten Begleitungen. Bitte melden Sie sich an; Gäste sind willkommen.\n" +
  "Barrierefreier Zugang über den Seiteneingang, Parkplätze hinter dem Gebäude.";
const LOCATIONS = [
  "Kreishaus Alzey, Ernst-Ludwig-Straße 36, Raum 112",
  "Café Asyl, Hauptstraße 1; 55232 Alzey",
];

/** `count` dated occurrences: weekly series of 20 dates each, some cancelled or moved. */
function occurrences(count) {
  const inputs = [];
  for (let s = 0; s * 20 < count; s++) {
    const weekday = (s % 5) + 1;
    inputs.push({
      id: `reihe-${s}`,
      kind: Object.keys(KIND)[s % 5],
      title: { de: TITLES[s % TITLES.length] },
      description: { de: DESCRIPTION },
      location: LOCATIONS[s % 2],
      url: `https://www.alzey-worms.example/termine/reihe-${s}`,
      revision: s % 3,
      when: {
        type: "series",
        recurrence: { frequency: "weekly", interval: 1, weekday },
        from: "2026-01-05",
        until: "2026-05-24", // 20 weeks, across the March switch
        start: "18:00",
        end: "19:30",
        exceptions: [
          { date: dateOfWeek(weekday, 3), status: "cancelled" },
          { date: dateOfWeek(weekday, 7), status: "moved", start: "19:00", end: "20:30" },
        ],
      },
    });
  }
  const parsed = parseProgrammeEvents(inputs);
  if (!parsed.ok)
    throw new Error(`generated programme is invalid: ${JSON.stringify(parsed.issues[0])}`);
  return expandOccurrences(parsed.value, { timeZone: "Europe/Berlin" }).slice(0, count);
}

/** The date of `weekday` (1 = Monday) in week `week` from Monday 5 January 2026. */
function dateOfWeek(weekday, week) {
  return new Date(Date.UTC(2026, 0, 5 + week * 7 + weekday - 1)).toISOString().slice(0, 10);
}

// (a) our export
const ours = (list) => feedToIcs(list, { domain: DOMAIN, generatedAt: GENERATED_AT, name: NAME });

// (b) the raw ics package, same fields
function rawIcs(list) {
  const events = list.map((o) => ({
    uid: `${o.id}@${DOMAIN}`,
    timestamp: GENERATED_AT.getTime(),
    start: o.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: o.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: o.event.title.de,
    description: o.event.description?.de,
    location: o.location,
    url: o.event.url,
    categories: [KIND[o.event.kind]],
    status: o.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    sequence: o.sequence,
  }));
  const { error, value } = ics.createEvents(events, {
    productId: "-//Bench//Raw ics//DE",
    method: "PUBLISH",
    calName: NAME,
  });
  if (error) throw error;
  return value;
}

// (c) ical-generator, same fields
function icalGenerator(list) {
  const calendar = ical({
    name: NAME,
    prodId: "-//Bench//ical-generator//DE",
    method: ICalCalendarMethod.PUBLISH,
    ttl: 12 * 3600,
  });
  for (const o of list) {
    calendar.createEvent({
      id: `${o.id}@${DOMAIN}`,
      stamp: GENERATED_AT,
      start: o.start,
      end: o.end,
      summary: o.event.title.de,
      description: o.event.description?.de ?? null,
      location: o.location ?? null,
      url: o.event.url ?? null,
      categories: [{ name: KIND[o.event.kind] }],
      status: o.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: o.sequence,
    });
  }
  return calendar.toString();
}

const encoder = new TextEncoder();
const overlong = (text) =>
  text.split(/\r?\n/).filter((line) => encoder.encode(line).length > 75).length;

console.log(machineLine());
console.log(
  `libs:    ics ${version(requireFromDomain, "ics")}, ical-generator ${version(requireFromRoot, "ical-generator")}, ` +
    `@date-fns/tz ${version(requireFromDomain, "@date-fns/tz")}`,
);
console.log(runsLine());
console.log(
  "data:    weekly series of 20 dates (Berlin 18:00, across the March switch), German/Arabic/",
);
console.log(
  "         Ukrainian titles, 260-character description, 1 cancelled + 1 moved date per series\n",
);

const rows = [];
for (const size of SIZES) {
  const list = occurrences(size);
  if (list.length !== size) throw new Error(`generated ${list.length} occurrences, wanted ${size}`);
  const expansion = measure(() => occurrences(size));
  const a = measure(() => ours(list));
  const b = measure(() => rawIcs(list));
  const c = measure(() => icalGenerator(list));
  rows.push({ size, expansion, a, b, c });
}

const ms = (value) => `${value.toFixed(1)} ms`;
const cell = (text, width) => String(text).padStart(width);
const header = [
  "events",
  "ours (feedToIcs)",
  "raw ics",
  "ical-generator",
  "ours / ics",
  "ours / ical-gen",
  "expand+validate",
];
const widths = header.map((h) => Math.max(h.length, 10));
const line = (cells) => `| ${cells.map((c, i) => cell(c, widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const { size, expansion, a, b, c } of rows) {
  console.log(
    line([
      size.toLocaleString("en"),
      ms(a.median),
      ms(b.median),
      ms(c.median),
      `${(a.median / b.median).toFixed(2)}×`,
      `${(a.median / c.median).toFixed(2)}×`,
      ms(expansion.median),
    ]),
  );
}
const last = rows.at(-1);
console.log(
  `\nlines over 75 octets at ${last.size.toLocaleString("en")} events: ours ${overlong(last.a.result)}, ` +
    `raw ics ${overlong(last.b.result)}, ical-generator ${overlong(last.c.result)}`,
);
console.log(
  `output size: ours ${(last.a.result.length / 1e6).toFixed(2)} M chars, raw ics ${(last.b.result.length / 1e6).toFixed(2)} M, ` +
    `ical-generator ${(last.c.result.length / 1e6).toFixed(2)} M`,
);
